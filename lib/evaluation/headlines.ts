import type { BidOutcome, BidUncertaintyOutcome } from "@/lib/evaluation/evaluation-results";
import { formatPercent } from "@/lib/format";

/**
 * The CFO's one-line summary of a bid: "Net revenue realization 95.6% (P10 94.1% – P90 96.8%),
 * pays back in month 2", or "… does not pay back within the 36-month term". The P10–P90 part
 * appears once Monte Carlo is known.
 */
export function bidHeadline(bid: Pick<BidOutcome, "nrr" | "paybackMonth">, termMonths: number, uncertainty?: BidUncertaintyOutcome): string {
  const nrr =
    bid.nrr === null
      ? "No revenue in scope, so net revenue realization does not apply"
      : `Net revenue realization ${formatPercent(bid.nrr)}${uncertainty && uncertainty.nrr.p10 !== null && uncertainty.nrr.p90 !== null ? ` (P10 ${formatPercent(uncertainty.nrr.p10)} – P90 ${formatPercent(uncertainty.nrr.p90)})` : ""}`;
  return `${nrr}, ${paybackPhrase(bid.paybackMonth, termMonths)}`;
}

/** "pays back in month 2" or "does not pay back within the 36-month term". */
export function paybackPhrase(month: number | null, termMonths: number): string {
  return month === null ? `does not pay back within the ${termMonths}-month term` : `pays back in month ${month}`;
}

/** P10–P90 of the payback month in words: "month 1 to month 3", "month 2 to beyond the term". */
export function paybackRange(uncertainty: BidUncertaintyOutcome): string {
  const { p10, p90 } = uncertainty.paybackMonth;
  if (p10 === null) return "beyond the term in most draws";
  if (p10 === p90) return `month ${p10}`;
  return `month ${p10} to ${p90 === null ? "beyond the term" : `month ${p90}`}`;
}
