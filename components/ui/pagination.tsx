import Link from "next/link";

interface PaginationProps {
  page: number;
  pageCount: number;
  total: number;
  hrefFor: (page: number) => string;
  noun: string;
}

export function Pagination({ page, pageCount, total, hrefFor, noun }: PaginationProps) {
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
      <p className="text-slate-600">
        {total} {noun} · page {page} of {pageCount}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100" rel="prev">
            Previous
          </Link>
        ) : (
          <span className="rounded-md border border-slate-200 px-3 py-1.5 text-slate-400" aria-disabled="true">Previous</span>
        )}
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100" rel="next">
            Next
          </Link>
        ) : (
          <span className="rounded-md border border-slate-200 px-3 py-1.5 text-slate-400" aria-disabled="true">Next</span>
        )}
      </div>
    </nav>
  );
}
