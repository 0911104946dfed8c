import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/panel";
import { formatCode, formatDate } from "@/lib/format";
import { expiryState, type ExpiryState } from "@/lib/scoring/compliance";

interface EvidenceRow {
  id: string;
  item: string;
  level: string;
  effectiveDate: Date;
  expiresAt: Date | null;
  documentRef: string | null;
}

const STATE_BADGES: Record<ExpiryState, { label: string; className: string }> = {
  NO_EXPIRY: { label: "No expiry", className: "bg-slate-100 text-slate-700" },
  EXPIRED: { label: "Expired", className: "bg-red-100 text-red-800" },
  EXPIRING_SOON: { label: "Expires soon", className: "bg-amber-100 text-amber-900" },
  CURRENT: { label: "Current", className: "bg-emerald-100 text-emerald-800" },
};

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
            const state = STATE_BADGES[expiryState(row.expiresAt, now)];
            return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${state.className}`}>{state.label}</span>;
          },
        },
        { header: "Document", cell: (row) => row.documentRef ?? "—", className: "text-slate-600" },
      ]}
    />
  );
}
