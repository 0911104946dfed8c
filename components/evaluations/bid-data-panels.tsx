import Link from "next/link";
import { RECOMMENDATION_LABELS } from "@/lib/scoring/decision-matrix";
import { DECISION_MATRIX_FACTORS } from "@/lib/scoring/healthcare-function";
import { PERFORMANCE_RATES } from "@/lib/tco/scenario";
import { RATE_LABELS } from "@/lib/evaluation/bid-notes";
import { rankOrder } from "@/lib/evaluation/chart-series";
import type { BidOutcome, EvaluationResults, ResolvedValue } from "@/lib/evaluation/evaluation-results";
import { formatCode, formatDate, formatPercent } from "@/lib/format";

const SOURCE_WORDS: Record<string, string> = {
  VENDOR_CLAIMED: "claimed",
  REFERENCE_CHECK: "reference check",
  CLIENT_MEASURED: "client-measured",
  AUDITED: "audited",
};

/** Where a number comes from, in a few words: "committed", "audited, Aug 29, 2026", "claimed 96.8%, haircut". */
function basisWords(resolved: ResolvedValue): { text: string; tone: "plain" | "warn" } {
  const b = resolved.basis;
  switch (b.kind) {
    case "COMMITMENT":
      return { text: "committed in the bid", tone: "plain" };
    case "VENDOR_METRIC": {
      const when = formatDate(new Date(`${b.asOf}T00:00:00Z`));
      if (b.source !== "VENDOR_CLAIMED") return { text: `${SOURCE_WORDS[b.source]}, ${when}`, tone: "plain" };
      return { text: b.haircutApplied ? `claimed ${formatPercent(b.observedValue)}, after haircut` : `claimed, ${when}`, tone: "warn" };
    }
    case "BASELINE_ASSUMED":
      return { text: "no data: today's rate assumed", tone: "warn" };
    default:
      return { text: "missing", tone: "warn" };
  }
}

function BidCard({ bid, results }: { bid: BidOutcome; results: EvaluationResults }) {
  return (
    <article id={`bid-${bid.id}`} aria-labelledby={`bid-${bid.id}-title`} className="scroll-mt-6 break-inside-avoid rounded-lg border border-slate-200 p-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`bid-${bid.id}-title`} className="font-semibold text-slate-900">
          {bid.label}{" "}
          <span className="text-sm font-normal text-slate-500">
            · <Link href={`/vendors/${bid.vendor.id}`} className="text-brand-800 hover:underline">{bid.vendor.name}</Link> ({formatCode(bid.vendor.operatingModel)})
          </span>
        </h3>
        {bid.qualified ? <span className="text-xs font-medium text-emerald-800">Passes the gates</span> : <span className="text-xs font-medium text-red-800">Disqualified</span>}
      </header>
      {!bid.qualified && <p className="mt-1 text-sm text-red-800">{bid.disqualificationReasons.join(" ")}</p>}

      <div className="mt-3 overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">The performance each line of {bid.label} rests on, and where it comes from</caption>
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">Function</th>
              {PERFORMANCE_RATES.map((rate) => (
                <th key={rate} scope="col" className="py-1 pr-3 text-right font-medium">
                  {RATE_LABELS[rate].charAt(0).toUpperCase() + RATE_LABELS[rate].slice(1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {bid.lines.map((line) => (
              <tr key={line.functionKey}>
                <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                  {DECISION_MATRIX_FACTORS[line.function].label}
                  {line.disqualified && <span className="block text-xs font-normal text-red-800">handles PHI: gated</span>}
                </th>
                {PERFORMANCE_RATES.map((rate) => {
                  const resolved = line.performance[rate];
                  const words = basisWords(resolved);
                  return (
                    <td key={rate} className="py-1.5 pr-3 text-right">
                      {formatPercent(resolved.value)}
                      <span className={`block text-xs ${words.tone === "warn" ? "text-amber-800" : "text-slate-500"}`}>{words.text}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
            {bid.uncoveredFunctionKeys.map((key) => {
              const fn = results.functions.find((f) => f.key === key)!;
              return (
                <tr key={key} className="text-slate-500">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">{DECISION_MATRIX_FACTORS[fn.function].label}</th>
                  <td colSpan={PERFORMANCE_RATES.length} className="py-1.5 pr-3 italic">
                    Not in this bid: stays with today&apos;s arrangement at today&apos;s cost.
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {bid.notes.length > 0 && (
        <ul className="mt-3 space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950" aria-label={`Data notes for ${bid.label}`}>
          {bid.notes.map((note, i) => (
            <li key={i}>{note.message}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** Per function in scope: what the decision matrix recommends and why, and whether each bid's vendor fits. */
export function FitMatrix({ results }: { results: EvaluationResults }) {
  const bids = rankOrder(results.bids);
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Fit of each bid to the decision matrix, per function in scope</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">Function</th>
            <th scope="col" className="py-1 pr-3 font-medium">The matrix recommends</th>
            {bids.map((bid) => (
              <th key={bid.id} scope="col" className="py-1 pr-3 font-medium">
                {bid.label}
                <span className="block text-xs font-normal text-slate-500">{formatCode(bid.vendor.operatingModel)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {results.functions.map((fn) => (
            <tr key={fn.key}>
              <th scope="row" className="py-2 pr-3 text-left font-medium">{DECISION_MATRIX_FACTORS[fn.function].label}</th>
              <td className="max-w-sm py-2 pr-3">
                <span className="font-medium">{RECOMMENDATION_LABELS[fn.recommendation]}</span>
                <span className="block text-xs text-slate-600">{fn.rationale}</span>
              </td>
              {bids.map((bid) => {
                const line = bid.lines.find((l) => l.functionKey === fn.key);
                return (
                  <td key={bid.id} className="py-2 pr-3">
                    {!line ? (
                      <span className="text-xs text-slate-500">Not in this bid</span>
                    ) : line.fit ? (
                      <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800">Fit</span>
                    ) : (
                      <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">Mismatch: a risk</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Per bid: the performance each line rests on and where it comes from, and what is missing or only claimed. */
export function BidDataCards({ results }: { results: EvaluationResults }) {
  return (
    <div className="space-y-4">
      {rankOrder(results.bids).map((bid) => (
        <BidCard key={bid.id} bid={bid} results={results} />
      ))}
    </div>
  );
}
