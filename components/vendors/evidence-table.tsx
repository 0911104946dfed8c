import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/panel";
import { formatCode, formatDate } from "@/lib/format";
import { expiryState, type ExpiryState } from "@/lib/scoring/compliance";

interface EvidenceRow {
  id: string;
  vendorId: string;
  item: string;
  level: string;
  effectiveDate: Date;
  expiresAt: Date | null;
  documentRef: string | null;
  documentIssuer: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
}

const STATE_BADGES: Record<ExpiryState, { label: string; className: string }> = {
  NO_EXPIRY: { label: "No expiry", className: "bg-slate-100 text-slate-700" },
  EXPIRED: { label: "Expired", className: "bg-red-100 text-red-800" },
  EXPIRING_SOON: { label: "Expires soon", className: "bg-amber-100 text-amber-900" },
  CURRENT: { label: "Current", className: "bg-emerald-100 text-emerald-800" },
};

function period(row: EvidenceRow): string {
  if (!row.periodStart && !row.periodEnd) return "—";
  return `${formatDate(row.periodStart)} – ${formatDate(row.periodEnd)}`;
}

/** Every evidence record with its expiry state and document; analysts get Correct and Renew per row. */
export function EvidenceTable({ evidence, now, canEdit }: { evidence: EvidenceRow[]; now: Date; canEdit: boolean }) {
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
            return <span className={`rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${state.className}`}>{state.label}</span>;
          },
        },
        {
          header: "Document",
          cell: (row) => (
            <span className="text-slate-600">
              {row.documentRef ?? "—"}
              {row.documentIssuer && <span className="block text-xs">by {row.documentIssuer}</span>}
            </span>
          ),
        },
        { header: "Period covered", cell: period, className: "whitespace-nowrap text-slate-600" },
        ...(canEdit
          ? [
              {
                header: "Actions",
                cell: (row: EvidenceRow) => (
                  <span className="flex gap-3 whitespace-nowrap">
                    <Link href={`/vendors/${row.vendorId}/evidence/new?renew=${row.id}`} className="text-brand-800 hover:underline" aria-label={`Renew ${formatCode(row.item)}`}>
                      Renew
                    </Link>
                    <Link href={`/vendors/${row.vendorId}/evidence/${row.id}`} className="text-brand-800 hover:underline" aria-label={`Correct ${formatCode(row.item)} of ${formatDate(row.effectiveDate)}`}>
                      Correct
                    </Link>
                  </span>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
