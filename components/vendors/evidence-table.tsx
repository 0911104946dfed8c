import { EmptyState } from "@/components/ui/panel";
import { formatCode, formatDate } from "@/lib/format";

interface EvidenceRow {
  id: string;
  item: string;
  level: string;
  effectiveDate: Date;
  expiresAt: Date | null;
  documentRef: string | null;
}

const SOON_MS = 60 * 24 * 60 * 60 * 1000;

function expiryState(expiresAt: Date | null, now: Date): { label: string; className: string } {
  if (!expiresAt) return { label: "No expiry", className: "bg-slate-100 text-slate-700" };
  if (expiresAt < now) return { label: "Expired", className: "bg-red-100 text-red-800" };
  if (expiresAt.getTime() - now.getTime() < SOON_MS) return { label: "Expires soon", className: "bg-amber-100 text-amber-900" };
  return { label: "Current", className: "bg-emerald-100 text-emerald-800" };
}

export function EvidenceTable({ evidence, now }: { evidence: EvidenceRow[]; now: Date }) {
  if (evidence.length === 0) return <EmptyState>No compliance evidence recorded: the vendor counts as having none.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3">Item</th>
            <th scope="col" className="py-1 pr-3">Verification</th>
            <th scope="col" className="py-1 pr-3">Effective</th>
            <th scope="col" className="py-1 pr-3">Expires</th>
            <th scope="col" className="py-1 pr-3">State</th>
            <th scope="col" className="py-1">Document</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {evidence.map((row) => {
            const state = expiryState(row.expiresAt, now);
            return (
              <tr key={row.id}>
                <td className="py-1.5 pr-3">{formatCode(row.item)}</td>
                <td className="py-1.5 pr-3">{formatCode(row.level)}</td>
                <td className="py-1.5 pr-3 whitespace-nowrap">{formatDate(row.effectiveDate)}</td>
                <td className="py-1.5 pr-3 whitespace-nowrap">{formatDate(row.expiresAt)}</td>
                <td className="py-1.5 pr-3">
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${state.className}`}>{state.label}</span>
                </td>
                <td className="py-1.5 text-slate-600">{row.documentRef ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
