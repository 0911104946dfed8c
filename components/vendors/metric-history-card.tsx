"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { ChartPlaceholder } from "@/components/charts/chart-frame";
import { DataTable } from "@/components/ui/data-table";
import type { MetricHistoryView } from "@/lib/registry/metric-history";
import { METRIC_DEFINITIONS } from "@/lib/scoring/metric-definitions";
import { formatDate } from "@/lib/format";

const MetricHistoryChart = dynamic(() => import("@/components/charts/metric-history-chart"), { ssr: false, loading: () => <ChartPlaceholder height={260} label="Drawing the chart…" /> });

interface MetricHistoryCardProps {
  view: MetricHistoryView;
  vendorId: string;
  canEdit: boolean;
}

/**
 * One metric of a vendor: its definition (HFMA MAP Key where one exists), the measurement
 * basis the vendor declared, the value scores use and why, the history chart by source, and
 * the same figures as a table.
 */
export function MetricHistoryCard({ view, vendorId, canEdit }: MetricHistoryCardProps) {
  const definition = METRIC_DEFINITIONS[view.metric];
  const id = `metric-${view.metric}`;
  return (
    <figure id={id} aria-labelledby={`${id}-title`} aria-describedby={`${id}-description`} className="scroll-mt-4 break-inside-avoid rounded-md border border-slate-200 p-4 print:border-slate-400">
      <div className="flex items-start justify-between gap-3">
        <h3 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          {view.title}
          {definition.hfmaMapKey && <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">HFMA MAP Key</span>}
        </h3>
        {canEdit && (
          <Link href={`/vendors/${vendorId}/metrics/new?metric=${view.metric}`} className="text-sm whitespace-nowrap text-brand-800 hover:underline print:hidden" aria-label={`Add a ${view.title.toLowerCase()} observation`}>
            Add
          </Link>
        )}
      </div>
      <div id={`${id}-description`} className="mt-1 space-y-1 text-sm text-slate-700">
        <p>
          <span className="font-medium">Definition:</span> {definition.definition} <span className="text-slate-500">{definition.note}</span>
        </p>
        <p>
          <span className="font-medium">Measured as:</span> {view.bases.length > 0 ? view.bases.join("; ") : "not stated by the vendor"}
        </p>
        <p className="rounded-md bg-slate-50 px-2 py-1" data-testid={`used-${view.metric}`}>
          <span className="font-medium">Used in scores:</span> {view.used ? view.used.reason : "no observation yet"}
        </p>
      </div>
      <figcaption className="sr-only">
        {view.title} over time by source{view.band ? `, with the ${view.band.label.toLowerCase()} shaded` : ""}; the value scores use is ringed. The data table below lists every point.
      </figcaption>
      <div className="mt-2">
        <MetricHistoryChart view={view} />
      </div>
      <details className="mt-2 text-sm print:hidden">
        <summary className="cursor-pointer font-medium text-brand-800">Data table: {view.title}</summary>
        <div className="mt-2">
          <DataTable
            caption={`${view.title} observations, newest first`}
            rows={view.rows}
            rowKey={(row) => row.id}
            columns={[
              { header: "As of", cell: (row) => formatDate(row.asOf), rowHeader: true, className: "whitespace-nowrap" },
              { header: "Value", cell: (row) => row.percentText, align: "right" },
              { header: "Source", cell: (row) => row.sourceLabel },
              { header: "Measured as", cell: (row) => row.basisLabel, className: "text-slate-600" },
              { header: "Used", cell: (row) => (row.used ? "Used in scores" : "") },
              ...(canEdit
                ? [{ header: "Actions", cell: (row: MetricHistoryView["rows"][number]) => <Link href={`/vendors/${vendorId}/metrics/${row.id}`} className="text-brand-800 hover:underline">Correct</Link> }]
                : []),
            ]}
          />
        </div>
      </details>
    </figure>
  );
}
