import type { AuditFieldChange } from "@/lib/audit/audit-diff";

const SHOWN = 6;

function Value({ text, removed }: { text: string | null; removed?: boolean }) {
  if (text === null) return <span className="text-slate-400">—</span>;
  return <span className={removed ? "text-rose-800 line-through decoration-rose-300" : "text-emerald-900"}>{text}</span>;
}

function ChangeRows({ changes }: { changes: AuditFieldChange[] }) {
  return (
    <>
      {changes.map((change) => (
        <tr key={change.path} className="align-top">
          <th scope="row" className="py-0.5 pr-3 text-left font-normal text-slate-600">
            {change.label}
          </th>
          <td className="py-0.5 pr-3">
            <Value text={change.before} removed={change.after !== null} />
          </td>
          <td className="py-0.5">
            <Value text={change.after} />
          </td>
        </tr>
      ))}
    </>
  );
}

/** An event's fields before and after, a long list folded after the first few. */
export function AuditEventChanges({ changes, caption }: { changes: AuditFieldChange[]; caption: string }) {
  if (changes.length === 0) return <span className="text-slate-400">—</span>;
  const table = (rows: AuditFieldChange[], withHead: boolean) => (
    <table className="text-xs">
      <caption className="sr-only">{caption}</caption>
      {withHead && (
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="pr-3 text-left font-medium">
              Field
            </th>
            <th scope="col" className="pr-3 text-left font-medium">
              Before
            </th>
            <th scope="col" className="text-left font-medium">
              After
            </th>
          </tr>
        </thead>
      )}
      <tbody>
        <ChangeRows changes={rows} />
      </tbody>
    </table>
  );
  if (changes.length <= SHOWN + 1) return table(changes, true);
  return (
    <>
      {table(changes.slice(0, SHOWN), true)}
      <details className="mt-1">
        <summary className="cursor-pointer text-xs text-brand-800">{changes.length - SHOWN} more fields</summary>
        {table(changes.slice(SHOWN), false)}
      </details>
    </>
  );
}
