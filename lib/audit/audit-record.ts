import { entityTypeLabel } from "@/lib/audit/audit-labels";
import { formatCode } from "@/lib/format";

/** The record an audit event is about, as the trail names and links it. */
export interface AuditRecord {
  type: string;
  /** Its name as the event recorded it (a vendor's name, a bid's label), else its id. */
  name: string;
  /** The page it lives on (a bid's evaluation, an observation's vendor); none for records without a page. */
  href?: string;
}

interface EventRecordFields {
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/**
 * Where the event's record is shown, from the event (the record may since have been deleted);
 * `currentName` is today's name of a record whose event recorded none.
 */
export function auditRecordOf(event: EventRecordFields, currentName?: string): AuditRecord {
  const fields = { ...asObject(event.before), ...asObject(event.after) };
  const text = (key: string) => (typeof fields[key] === "string" && fields[key] !== "" ? (fields[key] as string) : undefined);
  const name = text("name") ?? text("label") ?? nameFromCodes(fields) ?? currentName ?? event.entityId;
  return { type: entityTypeLabel(event.entityType), name, href: hrefOf(event, text) };
}

function hrefOf(event: EventRecordFields, text: (key: string) => string | undefined): string | undefined {
  switch (event.entityType) {
    case "Vendor":
    case "StaffCertifications":
      return `/vendors/${encodeURIComponent(event.entityId)}`;
    case "Evaluation":
      return `/evaluations/${encodeURIComponent(event.entityId)}`;
    case "Organization":
      return "/settings/defaults";
    default: {
      const evaluationId = text("evaluationId");
      if (evaluationId) return `/evaluations/${encodeURIComponent(evaluationId)}`;
      const vendorId = text("vendorId");
      return vendorId ? `/vendors/${encodeURIComponent(vendorId)}` : undefined;
    }
  }
}

/** An observation or evidence row has no name: its metric or item says what it is. */
function nameFromCodes(fields: Record<string, unknown>): string | undefined {
  for (const key of ["metric", "item", "function"]) {
    if (typeof fields[key] === "string") return formatCode(fields[key] as string);
  }
  return undefined;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
