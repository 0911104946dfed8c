/**
 * A link to one of an evaluation's views that keeps the view state the URL carries (the
 * selected bid and unsaved weights), so switching tabs or sharing a link loses nothing.
 */
export function evaluationViewHref(evaluationId: string, view: "overview" | "tco", state: URLSearchParams | Record<string, string | undefined>): string {
  const source = state instanceof URLSearchParams ? Object.fromEntries(state) : state;
  const params = new URLSearchParams();
  for (const key of ["bid", "w"]) {
    const value = source[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return `/evaluations/${evaluationId}${view === "tco" ? "/tco" : ""}${query ? `?${query}` : ""}`;
}
