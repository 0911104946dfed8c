import "server-only";
import type { Db } from "@/lib/server/db/client";
import { hashSecretToken, newSecretToken } from "@/lib/server/auth/secret-token";
import { authContextOf, isActiveUser, type AuthContext } from "@/lib/server/auth/auth-context";
import type { Role } from "@/lib/generated/prisma/enums";
import { findApiTokenWithOwner } from "@/lib/server/auth/credential-lookup";

/** A token's role is no higher than its creator's: an admin may grant any role, anyone else only their own. */
export function tokenRoleAllowed(creatorRole: Role, tokenRole: Role): boolean {
  return creatorRole === "ADMIN" || creatorRole === tokenRole;
}

/** Tokens issued by POST /api/v1/auth/token live a day; long-lived ones come with token management. */
export const SIGN_IN_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export async function issueApiToken(db: Pick<Db, "apiToken">, user: { id: string; organizationId: string }, name: string) {
  const { token, tokenHash } = newSecretToken("bpo");
  const expiresAt = new Date(Date.now() + SIGN_IN_TOKEN_TTL_MS);
  const { id } = await db.apiToken.create({
    data: { organizationId: user.organizationId, userId: user.id, name, tokenHash, prefix: token.slice(0, 8), expiresAt },
  });
  return { id, token, expiresAt };
}

/**
 * How stale a token's `lastUsedAt` may be: it answers "is this token still in use?", so a
 * minute's precision is plenty, and a busy integration no longer writes on every call.
 */
export const LAST_USED_PRECISION_MS = 60_000;

/**
 * The user behind a bearer token; null when unknown, revoked, expired or the user (or their
 * organisation) is deactivated. One query, plus a `lastUsedAt` write at most once a minute.
 */
export async function authFromApiToken(db: Db, token: string, now = new Date()): Promise<AuthContext | null> {
  const row = await findApiTokenWithOwner(db, hashSecretToken(token));
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || !isActiveUser(row.user)) return null;
  // The token and its user must agree on the organisation; a moved user loses old tokens.
  if (row.organizationId !== row.user.organizationId) return null;
  // A token never acts with more than its creator may grant today: a demoted admin's tokens stop.
  if (row.role && !tokenRoleAllowed(row.user.role, row.role)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return authContextOf(row.user, "token", row.id, row.role ?? row.user.role);
}
