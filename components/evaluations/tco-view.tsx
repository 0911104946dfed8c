"use client";

import dynamic from "next/dynamic";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ChartFrame, ChartPlaceholder } from "@/components/charts/chart-frame";
import { seriesColor, seriesDash } from "@/components/charts/chart-palette";
import { ComponentsTable, CumulativeTable, LowestTcoTable, TornadoTable } from "@/components/evaluations/tco-tables";
import { TcoHeadlines } from "@/components/evaluations/tco-headlines";
import { useUncertainty, type UncertaintyState } from "@/components/evaluations/use-uncertainty";
import { componentRows, componentsInUse, cumulativeRows, lowestTcoRows, paybackMarkers, rankOrder, selectedBid, tornadoRows } from "@/lib/evaluation/chart-series";
import type { EvaluationResults } from "@/lib/evaluation/evaluation-results";
import { formatInteger } from "@/lib/format";

// Recharts is loaded only here, after the page's own code, and never on the server.
const TcoComponentsChart = dynamic(() => import("@/components/charts/tco-components-chart"), { ssr: false, loading: () => <ChartPlaceholder height={300} label="Drawing the chart…" /> });
const CumulativeBenefitChart = dynamic(() => import("@/components/charts/cumulative-benefit-chart"), { ssr: false, loading: () => <ChartPlaceholder height={380} label="Drawing the chart…" /> });
const ProbabilityBarChart = dynamic(() => import("@/components/charts/probability-bar-chart"), { ssr: false, loading: () => <ChartPlaceholder height={200} label="Drawing the chart…" /> });
const TornadoChart = dynamic(() => import("@/components/charts/tornado-chart"), { ssr: false, loading: () => <ChartPlaceholder height={300} label="Drawing the chart…" /> });

interface TcoViewProps {
  results: EvaluationResults;
  /** The bid the URL asks for (?bid=); the leader by default. */
  requestedBidId: string | null;
}

/** The CFO's view: headlines, TCO by component, cumulative net benefit, lowest-TCO odds and the tornado. */
export function TcoView({ results, requestedBidId }: TcoViewProps) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const { state, retry } = useUncertainty(results.evaluationId, results.monteCarloIterations);
  const uncertainty = state.status === "ready" ? state.uncertainty : undefined;
  const selected = selectedBid(results, requestedBidId);
  const ordered = rankOrder(results.bids);
  const series = ordered.map((b, i) => ({ id: b.id, label: b.label, color: seriesColor(i), dash: seriesDash(i) }));
  const selectedSeries = series.find((s) => s.id === selected?.id) ?? null;

  const selectBid = (bidId: string) => {
    const params = new URLSearchParams(search);
    params.set("bid", bidId);
    router.replace(`${pathname}?${params.toString()}`, { scroll: false });
  };

  const components = componentRows(results);
  const cumulative = cumulativeRows(results, uncertainty, selected?.id ?? null);
  const tornado = selected ? tornadoRows(results, selected.id) : [];
  const lowest = lowestTcoRows(results, uncertainty);

  return (
    <div className="space-y-6">
      <UncertaintyStatus state={state} iterations={results.monteCarloIterations} onRetry={retry} />
      <TcoHeadlines results={results} uncertainty={uncertainty} />

      <div className="flex flex-wrap items-end gap-3 print:hidden">
        <label htmlFor="selected-bid" className="text-sm font-medium text-slate-800">
          Bid shown in detail (band and drivers)
        </label>
        <select id="selected-bid" value={selected?.id ?? ""} onChange={(e) => selectBid(e.target.value)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
          {ordered.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
        </select>
      </div>

      <ChartFrame
        id="tco-components"
        title="Total cost of ownership by component"
        description={`Over the ${results.termMonths}-month term, what each bid really costs: fees plus the revenue it loses to denials, under-coding and audits, and the risks it carries. The last bar is today's arrangement.`}
        table={<ComponentsTable rows={components} components={componentsInUse(components)} />}
      >
        <TcoComponentsChart rows={components} components={componentsInUse(components)} />
      </ChartFrame>

      <ChartFrame
        id="cumulative-benefit"
        title="Cumulative net benefit against today's arrangement"
        description={`Above zero, a bid has earned back what it cost beyond today's arrangement; a dot marks each bid's payback month.${selectedSeries ? ` The shaded band is ${selectedSeries.label}'s P10–P90 range.` : ""}`}
        table={<CumulativeTable rows={cumulative} series={series} bandLabel={selectedSeries?.label ?? null} />}
      >
        <BandNote state={state} />
        <CumulativeBenefitChart rows={cumulative} series={series} markers={paybackMarkers(results)} bandBid={selectedSeries} />
      </ChartFrame>

      <ChartFrame
        id="lowest-tco"
        title="Probability of the lowest TCO"
        description={`Across ${formatInteger(results.monteCarloIterations)} Monte Carlo draws of every ranged input, how often each bid costs least among the qualified bids. Disqualified bids cannot win.`}
        table={<LowestTcoTable rows={lowest} />}
      >
        {state.status === "ready" ? (
          <ProbabilityBarChart axisLabel="Probability of the lowest TCO" rows={lowest.map((r) => ({ label: r.label, probability: r.probability, color: series.find((s) => s.id === r.bidId)?.color ?? "#64748b" }))} />
        ) : (
          <UncertaintyPending state={state} onRetry={retry} />
        )}
      </ChartFrame>

      {selected && (
        <ChartFrame
          id="tornado"
          title={`What drives the cost of ${selected.label}`}
          description="Each bar moves one input from its low to its high value with every other input at its most likely value; the longest bars are the assumptions to check first."
          table={<TornadoTable rows={tornado} />}
        >
          {tornado.length === 0 ? (
            <p className="rounded-md bg-slate-50 px-3 py-4 text-sm text-slate-600">
              No input of this bid or of the evaluation is entered as a low–likely–high range, so nothing moves its TCO. Enter ranges for the
              uncertain numbers to see which ones matter.
            </p>
          ) : (
            <TornadoChart rows={tornado} />
          )}
        </ChartFrame>
      )}
    </div>
  );
}

function UncertaintyStatus({ state, iterations, onRetry }: { state: UncertaintyState; iterations: number; onRetry: () => void }) {
  return (
    <div role="status" aria-live="polite" className="print:hidden">
      {state.status === "loading" && (
        <p className="flex items-center gap-2 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
          <span aria-hidden="true" className="inline-block h-3 w-3 animate-spin rounded-full border-2 border-sky-700 border-t-transparent" />
          {state.busyRetryInSeconds
            ? `The server is busy with other uncertainty analyses; asking again in ${state.busyRetryInSeconds} s.`
            : `Running ${formatInteger(iterations)} Monte Carlo iterations for P10–P90 figures…`}{" "}
          The figures below are the most likely case meanwhile.
        </p>
      )}
      {state.status === "ready" && (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
          Uncertainty from {formatInteger(state.uncertainty.iterations)} Monte Carlo iterations with the evaluation&apos;s stored seed ({state.uncertainty.seed}): a reload gives the same figures.
        </p>
      )}
      {state.status === "error" && <UncertaintyError message={state.message} onRetry={onRetry} />}
    </div>
  );
}

function UncertaintyError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      <span>The uncertainty analysis failed: {message}</span>
      <button type="button" onClick={onRetry} className="rounded-md border border-red-300 bg-white px-3 py-1 font-medium text-red-800 hover:bg-red-100">
        Retry
      </button>
    </div>
  );
}

function UncertaintyPending({ state, onRetry }: { state: UncertaintyState; onRetry: () => void }) {
  if (state.status === "error") return <UncertaintyError message={state.message} onRetry={onRetry} />;
  return <ChartPlaceholder height={160} label="Running Monte Carlo…" />;
}

function BandNote({ state }: { state: UncertaintyState }) {
  if (state.status === "ready") return null;
  return <p className="mb-2 text-xs text-slate-500">{state.status === "loading" ? "The P10–P90 band appears when Monte Carlo finishes." : "The P10–P90 band is unavailable: the uncertainty analysis failed."}</p>;
}
