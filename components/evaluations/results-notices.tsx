import type { EvaluationResults } from "@/lib/evaluation/evaluation-results";
import { resultsNotices } from "@/lib/evaluation/results-notices";

/** The evaluation's state in a sentence, above its views (see lib/evaluation/results-notices). */
export function ResultsNotices({ results }: { results: EvaluationResults }) {
  const notices = resultsNotices(results);
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
