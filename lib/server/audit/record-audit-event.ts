import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requestContext } from "@/lib/server/request-context";

/** A database client or an open transaction: audit events are written in the change's transaction. */
type DbOrTx = Pick<Db, "auditEvent">;

/** Who made a change: a user, and the API token when they used one (an AuthContext fits). */
export interface AuditActor {
  userId: string;
  email: string;
  tokenId?: string | null;
}

export interface AuditEventInput {
  organizationId: string;
  /** null for the system itself (the demo seed, a restore script). */
  actor: AuditActor | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** The actor of a change made by this signed-in user or token. */
export function actorOf(auth: AuditActor): AuditActor {
  return { userId: auth.userId, email: auth.email, tokenId: auth.tokenId ?? null };
}

/**
 * Appends to the audit trail, in the caller's transaction so the event and the change are
 * written together or not at all. The request id comes from the request being served (the
 * X-Request-Id the app server gave it). Rows are never updated or deleted: the database refuses.
 */
export async function recordAuditEvent(db: DbOrTx, event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      organizationId: event.organizationId,
      actorId: event.actor?.userId ?? null,
      actorEmail: event.actor?.email ?? null,
      actorTokenId: event.actor?.tokenId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: toJson(event.before),
      after: toJson(event.after),
      requestId: requestContext()?.requestId ?? null,
    },
  });
}

/**
 * Appends many events in one statement (an import writes one per row it changes), in the
 * caller's transaction, with the same columns recordAuditEvent writes.
 */
export async function recordAuditEvents(db: DbOrTx, events: AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const requestId = requestContext()?.requestId ?? null;
  await db.auditEvent.createMany({
    data: events.map((event) => ({
      organizationId: event.organizationId,
      actorId: event.actor?.userId ?? null,
      actorEmail: event.actor?.email ?? null,
      actorTokenId: event.actor?.tokenId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: toJson(event.before),
      after: toJson(event.after),
      requestId,
    })),
  });
}

// Decimal and Date values become strings, as they would in the API.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
