import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

// Every signed-in request starts here, so the credential, its user and the user's organisation
// come back in ONE round trip. Prisma's `include` sends one query per table (three, one after
// another; its join strategy is a preview flag that would change every query of the app), so
// this is plain SQL over the unique token-hash index. The checks (expiry, revocation,
// deactivation) stay in TypeScript, where the callers test them with their own clock.

/** The user (and organisation) behind a credential, as authContextOf and isActiveUser read it. */
export interface CredentialOwner {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  mustChangePassword: boolean;
  deactivatedAt: Date | null;
  organization: { name: string; deactivatedAt: Date | null };
}

export interface SessionWithOwner {
  id: string;
  expiresAt: Date;
  lastSeenAt: Date;
  createdAt: Date;
  user: CredentialOwner;
}

export interface ApiTokenWithOwner {
  id: string;
  organizationId: string;
  role: Role | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  user: CredentialOwner;
}

interface OwnerColumns {
  userId: string;
  userEmail: string;
  userName: string;
  userRole: Role;
  userOrganizationId: string;
  userMustChangePassword: boolean;
  userDeactivatedAt: Date | null;
  organizationName: string;
  organizationDeactivatedAt: Date | null;
}

function ownerOf(row: OwnerColumns): CredentialOwner {
  return {
    id: row.userId,
    email: row.userEmail,
    name: row.userName,
    role: row.userRole,
    organizationId: row.userOrganizationId,
    mustChangePassword: row.userMustChangePassword,
    deactivatedAt: row.userDeactivatedAt,
    organization: { name: row.organizationName, deactivatedAt: row.organizationDeactivatedAt },
  };
}

/** The session with this token hash, with its user and organisation, or null. One query. */
export async function findSessionWithOwner(db: Db, tokenHash: string): Promise<SessionWithOwner | null> {
  const rows = await db.$queryRaw<(OwnerColumns & { id: string; expiresAt: Date; lastSeenAt: Date; createdAt: Date })[]>`
    SELECT s."id", s."expiresAt", s."lastSeenAt", s."createdAt",
           u."id" AS "userId", u."email" AS "userEmail", u."name" AS "userName", u."role"::text AS "userRole",
           u."organizationId" AS "userOrganizationId", u."mustChangePassword" AS "userMustChangePassword",
           u."deactivatedAt" AS "userDeactivatedAt",
           o."name" AS "organizationName", o."deactivatedAt" AS "organizationDeactivatedAt"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    JOIN "Organization" o ON o."id" = u."organizationId"
    WHERE s."tokenHash" = ${tokenHash}`;
  const row = rows[0];
  if (!row) return null;
  return { id: row.id, expiresAt: row.expiresAt, lastSeenAt: row.lastSeenAt, createdAt: row.createdAt, user: ownerOf(row) };
}

/** The API token with this hash, with its user and the user's organisation, or null. One query. */
export async function findApiTokenWithOwner(db: Db, tokenHash: string): Promise<ApiTokenWithOwner | null> {
  const rows = await db.$queryRaw<
    (OwnerColumns & { id: string; organizationId: string; role: Role | null; expiresAt: Date | null; lastUsedAt: Date | null; revokedAt: Date | null })[]
  >`
    SELECT t."id", t."organizationId", t."role"::text AS "role", t."expiresAt", t."lastUsedAt", t."revokedAt",
           u."id" AS "userId", u."email" AS "userEmail", u."name" AS "userName", u."role"::text AS "userRole",
           u."organizationId" AS "userOrganizationId", u."mustChangePassword" AS "userMustChangePassword",
           u."deactivatedAt" AS "userDeactivatedAt",
           o."name" AS "organizationName", o."deactivatedAt" AS "organizationDeactivatedAt"
    FROM "ApiToken" t
    JOIN "User" u ON u."id" = t."userId"
    JOIN "Organization" o ON o."id" = u."organizationId"
    WHERE t."tokenHash" = ${tokenHash}`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    organizationId: row.organizationId,
    role: row.role,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    user: ownerOf(row),
  };
}
