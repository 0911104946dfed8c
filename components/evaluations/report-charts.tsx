"use client";

import dynamic from "next/dynamic";
import { ChartFrame, ChartPlaceholder } from "@/components/charts/chart-frame";
import { seriesColor, seriesDash } from "@/components/charts/chart-palette";
import { ComponentsTable, CumulativeTable, LowestTcoTable, TornadoTable } from "@/components/evaluations/tco-tables";
import { componentRows, componentsInUse, cumulativeRows, lowestTcoRows, paybackMarkers, rankOrder, tornadoRows } from "@/lib/evaluation/chart-series";
import type { EvaluationResults } from "@/lib/evaluation/evaluation-results";
import { formatInteger } from "@/lib/format";

const TcoComponentsChart = dynamic(() => import("@/components/charts/tco-components-chart"), { ssr: false, loading: () => <ChartPlaceholder height={300} label="Drawing the chart…" /> });
const CumulativeBenefitChart = dynamic(() => import("@/components/charts/cumulative-benefit-chart"), { ssr: false, loading: () => <ChartPlaceholder height={380} label="Drawing the chart…" /> });
const ProbabilityBarChart = dynamic(() => import("@/components/charts/probability-bar-chart"), { ssr: false, loading: () => <ChartPlaceholder height={200} label="Drawing the chart…" /> });
const TornadoChart = dynamic(() => import("@/components/charts/tornado-chart"), { ssr: false, loading: () => <ChartPlaceholder height={300} label="Drawing the chart…" /> });

/**
 * The TCO view's charts for the report, each with its numbers on the page (and on paper), the
 * band and drivers of `focusBidId` (the chosen bid, else the leader). Uncertainty comes computed.
 */
export function ReportCharts({ results, focusBidId }: { results: EvaluationResults; focusBidId: string | null }) {
  const uncertainty = results.uncertainty;
  const ordered = rankOrder(results.bids);
  const series = ordered.map((b, i) => ({ id: b.id, label: b.label, color: seriesColor(i), dash: seriesDash(i) }));
  const focus = series.find((s) => s.id === focusBidId) ?? null;
  const components = componentRows(results);
  const cumulative = cumulativeRows(results, uncertainty, focus?.id ?? null);
  const tornado = focus ? tornadoRows(results, focus.id) : [];
  const lowest = lowestTcoRows(results, uncertainty);
  return (
    <div className="space-y-6">
      <ChartFrame
        id="report-components"
        title="Total cost of ownership by component"
        description={`Over the ${results.termMonths}-month term; the last bar is today's arrangement.`}
        table={<ComponentsTable rows={components} components={componentsInUse(components)} />}
        tableOpen
      >
        <TcoComponentsChart rows={components} components={componentsInUse(components)} />
      </ChartFrame>
      <ChartFrame
        id="report-cumulative"
        title="Cumulative net benefit against today's arrangement"
        description={`A dot marks each bid's payback month.${focus && uncertainty ? ` The band is ${focus.label}'s P10–P90 range.` : ""}`}
        table={<CumulativeTable rows={cumulative} series={series} bandLabel={uncertainty ? (focus?.label ?? null) : null} />}
        tableOpen
      >
        <CumulativeBenefitChart rows={cumulative} series={series} markers={paybackMarkers(results)} bandBid={uncertainty ? focus : null} />
      </ChartFrame>
      {uncertainty && (
        <ChartFrame
          id="report-lowest"
          title="Probability of the lowest TCO"
          description={`Across ${formatInteger(uncertainty.iterations)} Monte Carlo draws (seed ${uncertainty.seed}), how often each qualified bid costs least.`}
          table={<LowestTcoTable rows={lowest} />}
          tableOpen
        >
          <ProbabilityBarChart axisLabel="Probability of the lowest TCO" rows={lowest.map((r) => ({ label: r.label, probability: r.probability, color: series.find((s) => s.id === r.bidId)?.color ?? "#64748b" }))} />
        </ChartFrame>
      )}
      {focus && tornado.length > 0 && (
        <ChartFrame id="report-tornado" title={`What drives the cost of ${focus.label}`} description="Each bar moves one ranged input from its low to its high value, every other input at its most likely value." table={<TornadoTable rows={tornado} />} tableOpen>
          <TornadoChart rows={tornado} />
        </ChartFrame>
      )}
    </div>
  );
}
