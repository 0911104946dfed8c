import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/panel";
import { formatCode, formatDate, formatPercent } from "@/lib/format";

interface ObservationRow {
  id: string;
  vendorId: string;
  metric: string;
  value: { toString(): string };
  asOf: Date;
  source: string;
  measurementBasis: string | null;
}

/** Every observation, newest first within each metric, with the source it rests on. */
export function MetricHistoryTable({ observations, canEdit }: { observations: ObservationRow[]; canEdit: boolean }) {
  if (observations.length === 0) return <EmptyState>No metric observations yet.</EmptyState>;
  return (
    <DataTable
      caption="Metric observations by metric, newest first, with their source"
      rows={observations}
      rowKey={(row) => row.id}
      columns={[
        { header: "Metric", cell: (row) => formatCode(row.metric), rowHeader: true },
        { header: "Value", cell: (row) => formatPercent(row.value), align: "right" },
        { header: "As of", cell: (row) => formatDate(row.asOf), className: "whitespace-nowrap" },
        { header: "Source", cell: (row) => formatCode(row.source) },
        { header: "Measured at", cell: (row) => (row.measurementBasis ? `${formatCode(row.measurementBasis)} level` : "—") },
        ...(canEdit
          ? [{ header: "Actions", cell: (row: ObservationRow) => <Link href={`/vendors/${row.vendorId}/metrics/${row.id}`} className="text-brand-800 hover:underline">Correct</Link> }]
          : []),
      ]}
    />
  );
}
