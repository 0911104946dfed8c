import { formatDateTime } from "@/lib/format";
import type { HistoryEntry } from "@/lib/server/queries/evaluation-history";

/** The evaluation's history: who, when, what, and what they wrote. */
export function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">No recorded changes yet.</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5">
      {entries.map((entry) => (
        <li key={entry.id} className="relative">
          <span aria-hidden="true" className={`absolute top-1.5 -left-[1.6rem] h-2.5 w-2.5 rounded-full ${entry.milestone ? "bg-brand-700" : "bg-slate-300"}`} />
          <p className={`text-sm ${entry.milestone ? "font-semibold text-slate-900" : "text-slate-800"}`}>{entry.what}</p>
          <p className="text-xs text-slate-500">
            {entry.who} · <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
          </p>
          {entry.comment && <blockquote className="mt-1 border-l-2 border-slate-300 pl-3 text-sm whitespace-pre-line text-slate-700">{entry.comment}</blockquote>}
        </li>
      ))}
    </ol>
  );
}
