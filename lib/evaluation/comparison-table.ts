import type { EvaluationResults } from "@/lib/evaluation/evaluation-results";
import { rankOrder } from "@/lib/evaluation/chart-series";

/** The comparison table's columns, as the CSV export and the PDF name them. */
export const COMPARISON_COLUMNS = [
  "Rank",
  "Bid",
  "Vendor",
  "Operating model",
  "Qualified",
  "Disqualification reasons",
  "Weighted score (0-100)",
  "Audit defensibility (0-100)",
  "Net revenue realization",
  "TCO over term (USD)",
  "TCO per unit (USD)",
  "Payback month",
  "Probability of ranking first",
] as const;
export type ComparisonColumn = (typeof COMPARISON_COLUMNS)[number];

const round = (value: number, digits: number) => Number(value.toFixed(digits)).toString();

/**
 * One row per ranked bid (qualified first, by rank; withdrawn bids are not ranked), as plain
 * text a spreadsheet reads as numbers: fractions as fractions, money in whole cents, no thousands
 * separators. Empty where a figure does not exist (no payback within the term).
 */
export function comparisonRows(results: EvaluationResults): Record<ComparisonColumn, string>[] {
  return rankOrder(results.bids).map((bid) => ({
    Rank: bid.qualified ? String(bid.rank) : "",
    Bid: bid.label,
    Vendor: bid.vendor.name,
    "Operating model": bid.vendor.operatingModel,
    Qualified: bid.qualified ? "yes" : "no",
    "Disqualification reasons": bid.disqualificationReasons.join(" "),
    "Weighted score (0-100)": round(bid.score, 2),
    "Audit defensibility (0-100)": round(bid.auditDefensibility, 2),
    "Net revenue realization": bid.nrr === null ? "" : round(bid.nrr, 6),
    "TCO over term (USD)": round(bid.tco, 2),
    "TCO per unit (USD)": bid.tcoPerUnit === null ? "" : round(bid.tcoPerUnit, 4),
    "Payback month": bid.paybackMonth === null ? "" : String(bid.paybackMonth),
    "Probability of ranking first": round(bid.rankAcceptability, 4),
  }));
}
