import { rankOrder } from "@/lib/evaluation/chart-series";
import type { EvaluationResults, UncertaintyOutcome } from "@/lib/evaluation/evaluation-results";
import { bidHeadline, paybackRange } from "@/lib/evaluation/headlines";
import { formatCode, formatMoney, formatPercent } from "@/lib/format";

/** One card per bid with the CFO's sentence, then today's arrangement for comparison. */
export function TcoHeadlines({ results, uncertainty }: { results: EvaluationResults; uncertainty?: UncertaintyOutcome }) {
  return (
    <section aria-labelledby="headlines-heading">
      <h2 id="headlines-heading" className="sr-only">
        Headlines per bid
      </h2>
      <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3 print:grid-cols-2">
        {rankOrder(results.bids).map((bid) => {
          const u = uncertainty?.bids[bid.id];
          return (
            <li key={bid.id} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex items-start justify-between gap-2">
                <div>
                  <h3 className="font-semibold text-slate-900">{bid.label}</h3>
                  <p className="text-xs text-slate-500">
                    {bid.vendor.name} · {formatCode(bid.vendor.operatingModel)}
                  </p>
                </div>
                {bid.qualified ? (
                  <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">Rank {bid.rank}</span>
                ) : (
                  <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800">Disqualified</span>
                )}
              </div>
              <p className="mt-2 text-sm text-slate-800">{bidHeadline(bid, results.termMonths, u)}.</p>
              <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-xs text-slate-600">
                <dt>TCO over the term</dt>
                <dd className="text-right font-medium text-slate-900">{formatMoney(bid.tco)}</dd>
                {u && u.tco.p10 !== null && u.tco.p90 !== null && (
                  <>
                    <dt>TCO P10 – P90</dt>
                    <dd className="text-right">
                      {formatMoney(u.tco.p10)} – {formatMoney(u.tco.p90)}
                    </dd>
                    <dt>Payback P10 – P90</dt>
                    <dd className="text-right">{paybackRange(u)}</dd>
                  </>
                )}
              </dl>
              {!bid.qualified && <p className="mt-2 text-xs text-red-800">{bid.disqualificationReasons.join(" ")}</p>}
            </li>
          );
        })}
        <li className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4">
          <h3 className="font-semibold text-slate-900">Today&apos;s arrangement</h3>
          <p className="mt-2 text-sm text-slate-800">
            {results.baseline.nrr === null ? "No revenue in scope." : `Net revenue realization ${formatPercent(results.baseline.nrr)}.`} Costs {formatMoney(results.baseline.tco)} over
            the same {results.termMonths} months, losses included.
          </p>
        </li>
      </ul>
    </section>
  );
}
