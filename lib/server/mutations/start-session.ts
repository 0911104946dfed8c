import "server-only";
import type { Db } from "@/lib/server/db/client";
import { actorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { createSession } from "@/lib/server/auth/sessions";

/** A signed-in user's new browser session, with its "sign-in" audit event in the same transaction. */
export async function startSession(db: Db, user: { id: string; email: string; organizationId: string }, userAgent: string | null) {
  return db.$transaction(async (tx) => {
    const session = await createSession(tx, user.id, userAgent);
    await recordAuditEvent(tx, { organizationId: user.organizationId, actor: actorOf({ userId: user.id, email: user.email }), action: "sign-in", entityType: "User", entityId: user.id });
    return session;
  });
}
