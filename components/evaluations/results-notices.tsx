import type { EvaluationResults } from "@/lib/evaluation/evaluation-results";
import { formatMoney } from "@/lib/format";

/**
 * What an evaluation's state means for its results, said once at the top: no scope, no bids,
 * a single bid, or every bid disqualified. Nothing when the results speak for themselves.
 */
export function ResultsNotices({ results }: { results: EvaluationResults }) {
  const notices: { tone: "info" | "warn"; text: string }[] = [];
  if (results.functions.length === 0) {
    notices.push({ tone: "info", text: "No functions are in scope yet, so there is nothing to cost or rank. Add the functions this sourcing event covers, with their volumes and today's baseline." });
  } else if (results.bids.length === 0) {
    notices.push({
      tone: "info",
      text: `No bids yet. Once bids are entered they are ranked here and costed against today's arrangement, which costs ${formatMoney(results.baseline.tco)} over the ${results.termMonths}-month term, losses included.`,
    });
  } else {
    const qualified = results.bids.filter((b) => b.qualified).length;
    if (qualified === 0) notices.push({ tone: "warn", text: "Every bid fails a gate, so none can be recommended. The reasons are listed with each bid; the figures are shown for comparison only." });
    else if (results.bids.length === 1) notices.push({ tone: "info", text: "Only one bid so far: it leads by default, and no weighting can change that until a second qualified bid arrives." });
  }
  if (notices.length === 0) return null;
  return (
    <div className="mb-6 space-y-2">
      {notices.map((n) => (
        <p key={n.text} className={`rounded-md px-3 py-2 text-sm ${n.tone === "warn" ? "bg-red-50 text-red-900" : "bg-sky-50 text-sky-900"}`}>
          {n.text}
        </p>
      ))}
    </div>
  );
}
