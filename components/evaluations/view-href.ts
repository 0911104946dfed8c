/**
 * A link to one of an evaluation's views that keeps the view state the URL carries (the
 * selected bid and unsaved weights), so switching tabs or sharing a link loses nothing.
 */
export type EvaluationView = "overview" | "tco" | "bids" | "decision";

const VIEW_PATHS: Record<EvaluationView, string> = { overview: "", tco: "/tco", bids: "/bids", decision: "/decision" };

export function evaluationViewHref(evaluationId: string, view: EvaluationView, state: URLSearchParams | Record<string, string | undefined>): string {
  const source = state instanceof URLSearchParams ? Object.fromEntries(state) : state;
  const params = new URLSearchParams();
  for (const key of ["bid", "w"]) {
    const value = source[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return `/evaluations/${evaluationId}${VIEW_PATHS[view]}${query ? `?${query}` : ""}`;
}
