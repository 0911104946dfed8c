import { auditDiff } from "@/lib/audit/audit-diff";
import { actionLabel } from "@/lib/audit/audit-labels";
import { auditRecordOf } from "@/lib/audit/audit-record";

/** The audit trail export's columns: readable ones first, then the stored values as JSON for machines. */
export const AUDIT_CSV_COLUMNS = [
  "time_utc",
  "person",
  "email",
  "api_token",
  "action",
  "record_type",
  "record",
  "record_id",
  "changes",
  "before_json",
  "after_json",
  "request_id",
] as const;
export type AuditCsvColumn = (typeof AUDIT_CSV_COLUMNS)[number];

interface AuditCsvEvent {
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  actorEmail: string | null;
  actor: { name: string } | null;
  actorToken: { name: string; prefix: string } | null;
}

/** One event as one CSV record; its changes as "Field: before → after" joined by "; ". */
export function auditCsvRecord(event: AuditCsvEvent, currentName?: string): Record<AuditCsvColumn, string> {
  const record = auditRecordOf(event, currentName);
  const changes = auditDiff(event.before, event.after, event.entityType).map((change) => `${change.label}: ${change.before ?? "—"} → ${change.after ?? "—"}`);
  return {
    time_utc: event.createdAt.toISOString(),
    person: event.actor?.name ?? (event.actorEmail ? "" : "The system"),
    email: event.actorEmail ?? "",
    api_token: event.actorToken ? `${event.actorToken.name} (${event.actorToken.prefix}…)` : "",
    action: actionLabel(event.action),
    record_type: record.type,
    record: record.name,
    record_id: event.entityId,
    changes: changes.join("; "),
    before_json: event.before === null || event.before === undefined ? "" : JSON.stringify(event.before),
    after_json: event.after === null || event.after === undefined ? "" : JSON.stringify(event.after),
    request_id: event.requestId ?? "",
  };
}
