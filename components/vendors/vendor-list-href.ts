import type { VendorListQuery } from "@/lib/schemas/vendor-list-query";

/** The list URL for a query, leaving defaults out so shared links stay short. */
export function vendorListHref(query: VendorListQuery, change: Partial<VendorListQuery>, path = "/vendors"): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.model) params.set("model", next.model);
  if (next.fn) params.set("fn", next.fn);
  if (next.ai) params.set("ai", next.ai);
  if (next.compliance) params.set("compliance", next.compliance);
  if (next.archived) params.set("archived", "1");
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  if (next.page > 1) params.set("page", String(next.page));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
