import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { LastChange } from "@/lib/server/domain-errors";

type DbOrTx = Pick<Db, "auditEvent" | "user">;

/**
 * Who last changed a record and when, from the audit trail (every change writes one);
 * `fallbackAt` (the row's updatedAt) when the trail has no event for it.
 */
export async function lastChangeOf(db: DbOrTx, organizationId: string, entityType: string, entityId: string, fallbackAt: Date): Promise<LastChange> {
  const event = await db.auditEvent.findFirst({
    where: { organizationId, entityType, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorId: true, actorEmail: true, createdAt: true },
  });
  if (!event) return { by: null, at: fallbackAt };
  const actor = event.actorId ? await db.user.findUnique({ where: { id: event.actorId }, select: { name: true } }) : null;
  const by = actor && event.actorEmail ? `${actor.name} (${event.actorEmail})` : event.actorEmail;
  return { by, at: event.createdAt };
}
