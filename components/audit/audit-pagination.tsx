import Link from "next/link";

const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100";
const offClass = "rounded-md border border-slate-200 px-3 py-1.5 text-slate-400";

/** Newer / older links of a keyset-paged list (no page numbers: the trail grows at its head while you read). */
export function AuditPagination({ newerHref, olderHref, shown }: { newerHref?: string; olderHref?: string; shown: number }) {
  return (
    <nav aria-label="Pages of the audit trail" className="mt-4 flex items-center justify-between text-sm">
      <p className="text-slate-600">{shown} events on this page, newest first</p>
      <div className="flex gap-2">
        {newerHref ? (
          <Link href={newerHref} className={linkClass} rel="prev">
            Newer
          </Link>
        ) : (
          <span className={offClass} aria-disabled="true">Newer</span>
        )}
        {olderHref ? (
          <Link href={olderHref} className={linkClass} rel="next">
            Older
          </Link>
        ) : (
          <span className={offClass} aria-disabled="true">Older</span>
        )}
      </div>
    </nav>
  );
}
