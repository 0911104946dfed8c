import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordSecurityEvent } from "@/lib/server/auth/security-events";
import { NotFoundError } from "@/lib/server/domain-errors";
import { requestContext } from "@/lib/server/request-context";

// Ending sessions changes no business record: like signing out, it goes to the security log.

function signOutEvent(auth: AuthContext) {
  return { type: "SIGN_OUT" as const, channel: "form" as const, userId: auth.userId, email: auth.email, organizationId: auth.organizationId, clientAddress: requestContext()?.clientAddress };
}

/** A user ends one of their own sessions (another device, or this one). NotFoundError for anyone else's. */
export async function endOwnSession(db: Db, auth: AuthContext, sessionId: string): Promise<{ endedCurrent: boolean }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { id: sessionId, userId: auth.userId } });
    if (count === 0) throw new NotFoundError("Session");
    await recordSecurityEvent(tx, signOutEvent(auth));
    return { endedCurrent: sessionId === auth.sessionId };
  });
}

/** "Sign out everywhere": every session of the user ends, this one included. */
export async function endAllOwnSessions(db: Db, auth: AuthContext): Promise<{ ended: number }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId: auth.userId } });
    await recordSecurityEvent(tx, signOutEvent(auth));
    return { ended: count };
  });
}
