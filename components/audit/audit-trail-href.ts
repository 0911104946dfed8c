import type { AuditTrailQuery } from "@/lib/schemas/audit-trail-query";

/** The query as URL parameters, for links (filters kept, position replaced). */
export function auditTrailHref(query: AuditTrailQuery, position: { before?: string; after?: string } = {}, path = "/audit"): string {
  const params = new URLSearchParams();
  if (query.person) params.set("person", query.person);
  if (query.type) params.set("type", query.type);
  if (query.record) params.set("record", query.record);
  if (query.from) params.set("from", query.from.toISOString().slice(0, 10));
  if (query.to) params.set("to", query.to.toISOString().slice(0, 10));
  if (position.before) params.set("before", position.before);
  if (position.after) params.set("after", position.after);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
