import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A database client or an open transaction: audit events are written in the change's transaction. */
type DbOrTx = Pick<Db, "auditEvent">;

interface AuditEventInput {
  organizationId: string;
  actor: { userId: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit trail. Rows are never updated or deleted. */
export async function recordAuditEvent(db: DbOrTx, event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      organizationId: event.organizationId,
      actorId: event.actor?.userId ?? null,
      actorEmail: event.actor?.email ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: toJson(event.before),
      after: toJson(event.after),
    },
  });
}

// Decimal and Date values become strings, as they would in the API.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
