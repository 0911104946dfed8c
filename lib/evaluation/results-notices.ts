import type { EvaluationResults } from "@/lib/evaluation/evaluation-results";
import { formatMoney } from "@/lib/format";

export interface ResultsNotice {
  tone: "info" | "warn";
  text: string;
}

/**
 * What an evaluation's state means for its results, said once at the top of its views: no
 * scope, no bids, a single bid, or every bid disqualified. Empty when the results speak for
 * themselves (partial bids and missing data are said with each bid).
 */
export function resultsNotices(results: EvaluationResults): ResultsNotice[] {
  if (results.functions.length === 0) {
    return [{ tone: "info", text: "No functions are in scope yet, so there is nothing to cost or rank. Add the functions this sourcing event covers, with their volumes and today's baseline." }];
  }
  if (results.bids.length === 0) {
    return [{ tone: "info", text: `No bids yet. Once bids are entered they are ranked here and costed against today's arrangement, which costs ${formatMoney(results.baseline.tco)} over the ${results.termMonths}-month term, losses included.` }];
  }
  if (results.bids.every((b) => !b.qualified)) {
    return [{ tone: "warn", text: "Every bid fails a gate, so none can be recommended. The reasons are listed with each bid; the figures are shown for comparison only." }];
  }
  if (results.bids.length === 1) {
    return [{ tone: "info", text: "Only one bid so far: it leads by default, and no weighting can change that until a second qualified bid arrives." }];
  }
  return [];
}
