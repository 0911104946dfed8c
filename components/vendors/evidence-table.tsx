import { DataTable } from "@/components/ui/data-table";
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
    <DataTable
      caption="Compliance evidence with its expiry state"
      rows={evidence}
      rowKey={(row) => row.id}
      columns={[
        { header: "Item", cell: (row) => formatCode(row.item), rowHeader: true },
        { header: "Verification", cell: (row) => formatCode(row.level) },
        { header: "Effective", cell: (row) => formatDate(row.effectiveDate), className: "whitespace-nowrap" },
        { header: "Expires", cell: (row) => formatDate(row.expiresAt), className: "whitespace-nowrap" },
        {
          header: "State",
          cell: (row) => {
            const state = expiryState(row.expiresAt, now);
            return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${state.className}`}>{state.label}</span>;
          },
        },
        { header: "Document", cell: (row) => row.documentRef ?? "—", className: "text-slate-600" },
      ]}
    />
  );
}
