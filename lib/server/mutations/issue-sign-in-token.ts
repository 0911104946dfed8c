import "server-only";
import type { Db } from "@/lib/server/db/client";
import { actorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { issueApiToken } from "@/lib/server/auth/api-tokens";

const TOKEN_NAME = "Issued by POST /api/v1/auth/token";

/** A bearer token for a user who signed in through the API, with its audit event (naming the token) in the same transaction. */
export async function issueSignInToken(db: Db, user: { id: string; email: string; organizationId: string }) {
  return db.$transaction(async (tx) => {
    const issued = await issueApiToken(tx, user, TOKEN_NAME);
    await recordAuditEvent(tx, {
      organizationId: user.organizationId,
      actor: actorOf({ userId: user.id, email: user.email }),
      action: "issue-api-token",
      entityType: "ApiToken",
      entityId: issued.id,
      after: { name: TOKEN_NAME, prefix: issued.token.slice(0, 8), expiresAt: issued.expiresAt },
    });
    return issued;
  });
}
