import Link from "next/link";

/** A record page's link to its own history in the audit trail (for the roles that may read the trail). */
export function HistoryLink({ recordId }: { recordId: string }) {
  return (
    <Link href={`/audit?record=${encodeURIComponent(recordId)}`} className="h-fit rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-100">
      History
    </Link>
  );
}
