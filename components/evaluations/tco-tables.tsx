import type { ComponentName } from "@/lib/tco/bid-kernel";
import { DataTable } from "@/components/ui/data-table";
import { COMPONENT_LABELS, type ComponentRow, type CumulativeRow, type TornadoRow } from "@/lib/evaluation/chart-series";
import { formatMoney, formatPercent } from "@/lib/format";

// The charts' numbers as tables: what a screen reader reads and what a CFO copies.

export function ComponentsTable({ rows, components }: { rows: ComponentRow[]; components: ComponentName[] }) {
  return (
    <DataTable
      caption="TCO over the term by component, USD"
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { header: "Bid", cell: (r) => r.label, rowHeader: true },
        ...components.map((name) => ({ header: COMPONENT_LABELS[name], cell: (r: ComponentRow) => formatMoney(r[name]), align: "right" as const })),
        { header: "Total", cell: (r) => formatMoney(r.total), align: "right" },
      ]}
    />
  );
}

export function CumulativeTable({ rows, series, bandLabel }: { rows: CumulativeRow[]; series: { id: string; label: string }[]; bandLabel: string | null }) {
  const hasBand = rows.some((r) => r.band);
  return (
    <DataTable
      caption="Cumulative net benefit against today's arrangement by month, USD"
      rows={rows}
      rowKey={(r) => String(r.month)}
      columns={[
        { header: "Month", cell: (r) => r.month, rowHeader: true },
        ...series.map((s) => ({ header: s.label, cell: (r: CumulativeRow) => formatMoney(r[s.id] as number), align: "right" as const })),
        ...(hasBand && bandLabel
          ? [
              { header: `${bandLabel} P10`, cell: (r: CumulativeRow) => formatMoney(r.band?.[0]), align: "right" as const },
              { header: `${bandLabel} P90`, cell: (r: CumulativeRow) => formatMoney(r.band?.[1]), align: "right" as const },
            ]
          : []),
      ]}
    />
  );
}

export function LowestTcoTable({ rows }: { rows: { bidId: string; label: string; probability: number; qualified: boolean }[] }) {
  if (rows.length === 0) return <p className="text-slate-600">Available when Monte Carlo finishes.</p>;
  return (
    <DataTable
      caption="Probability of the lowest TCO among qualified bids"
      rows={rows}
      rowKey={(r) => r.bidId}
      columns={[
        { header: "Bid", cell: (r) => r.label, rowHeader: true },
        { header: "Probability of the lowest TCO", cell: (r) => (r.qualified ? formatPercent(r.probability) : "— (disqualified)"), align: "right" },
      ]}
    />
  );
}

export function TornadoTable({ rows }: { rows: TornadoRow[] }) {
  if (rows.length === 0) return <p className="text-slate-600">No ranged inputs.</p>;
  return (
    <DataTable
      caption="Drivers of the selected bid's TCO, largest swing first"
      rows={rows}
      rowKey={(r) => r.input}
      columns={[
        { header: "Input", cell: (r) => r.label, rowHeader: true },
        { header: "Low value", cell: (r) => r.lowValue, align: "right" },
        { header: "TCO at low", cell: (r) => formatMoney(r.tcoAtLow), align: "right" },
        { header: "High value", cell: (r) => r.highValue, align: "right" },
        { header: "TCO at high", cell: (r) => formatMoney(r.tcoAtHigh), align: "right" },
        { header: "Swing", cell: (r) => formatMoney(Math.abs(r.tcoAtHigh - r.tcoAtLow)), align: "right" },
      ]}
    />
  );
}
