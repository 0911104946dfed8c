import type { EvaluationListQuery } from "@/lib/schemas/evaluation-list-query";

/** The list's URL with some of its state changed; defaults are left out so links stay short. */
export function evaluationListHref(query: EvaluationListQuery, change: Partial<EvaluationListQuery>): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.status) params.set("status", next.status);
  if (next.sort !== "updated") params.set("sort", next.sort);
  if (next.dir) params.set("dir", next.dir);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/evaluations?${search}` : "/evaluations";
}
