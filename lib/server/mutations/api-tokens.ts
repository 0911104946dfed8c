import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { tokenRoleAllowed } from "@/lib/server/auth/api-tokens";
import { newSecretToken } from "@/lib/server/auth/secret-token";
import { actorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { NotFoundError, RuleViolationError } from "@/lib/server/domain-errors";
import type { ApiTokenCreate } from "@/lib/schemas/api-token";

const DAY_MS = 86_400_000;

/** When a token made now stops working: N days from now, or the end of the chosen day (UTC). */
export function tokenExpiry(input: Pick<ApiTokenCreate, "lifetime" | "expiresOn">, now = new Date()): Date {
  if (input.lifetime !== "date") return new Date(now.getTime() + Number(input.lifetime) * DAY_MS);
  return new Date(`${input.expiresOn}T23:59:59.999Z`);
}

/**
 * A named, long-lived API token for the admin's organisation, acting with a role no higher than
 * the creator's. Its value is returned once; only its SHA-256 is stored. Audited (never the value).
 */
export async function createApiToken(db: Db, auth: AuthContext, input: ApiTokenCreate, now = new Date()) {
  if (!tokenRoleAllowed(auth.role, input.role)) throw new RuleViolationError("A token cannot act with a role higher than yours.", "role");
  const expiresAt = tokenExpiry(input, now);
  if (expiresAt.getTime() <= now.getTime()) throw new RuleViolationError("Choose a day after today.", "expiresOn");
  if (expiresAt.getTime() > now.getTime() + 366 * DAY_MS) throw new RuleViolationError("A token may live at most a year; make a new one then.", "expiresOn");
  const { token, tokenHash } = newSecretToken("bpo");
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { organizationId: auth.organizationId, userId: auth.userId, name: input.name, role: input.role, tokenHash, prefix: token.slice(0, 8), expiresAt },
    });
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: "create-api-token",
      entityType: "ApiToken",
      entityId: row.id,
      after: { name: row.name, role: row.role, prefix: row.prefix, expiresAt: row.expiresAt },
    });
    return { id: row.id, token, expiresAt, name: row.name, role: input.role };
  });
}

/** Revokes one of the organisation's tokens at once (its next request gets 401). NotFoundError for another organisation's. */
export async function revokeApiToken(db: Db, auth: AuthContext, tokenId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.apiToken.findFirst({ where: { id: tokenId, organizationId: auth.organizationId } });
    if (!row) throw new NotFoundError("API token");
    if (row.revokedAt) return;
    await tx.apiToken.update({ where: { id: row.id }, data: { revokedAt: now } });
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: "revoke-api-token",
      entityType: "ApiToken",
      entityId: row.id,
      before: { name: row.name, revokedAt: null },
      after: { name: row.name, revokedAt: now },
    });
  });
}
