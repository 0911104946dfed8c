import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { NotFoundError } from "@/lib/server/domain-errors";

/** A user ends one of their own sessions (another device, or this one). NotFoundError for anyone else's. */
export async function endOwnSession(db: Db, auth: AuthContext, sessionId: string): Promise<{ endedCurrent: boolean }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { id: sessionId, userId: auth.userId } });
    if (count === 0) throw new NotFoundError("Session");
    await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: { userId: auth.userId, email: auth.email }, action: "end-session", entityType: "Session", entityId: sessionId });
    return { endedCurrent: sessionId === auth.sessionId };
  });
}

/** "Sign out everywhere": every session of the user ends, this one included. */
export async function endAllOwnSessions(db: Db, auth: AuthContext): Promise<{ ended: number }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId: auth.userId } });
    await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: { userId: auth.userId, email: auth.email }, action: "end-all-sessions", entityType: "User", entityId: auth.userId, after: { ended: count } });
    return { ended: count };
  });
}
