import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/server/db/client";

/** The organisation's users with when each was last active (newest session activity). */
export const listUsers = cache(async (organizationId: string) => {
  const db = await getDb();
  const users = await db.user.findMany({
    where: { organizationId },
    orderBy: [{ deactivatedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true, mustChangePassword: true, version: true, createdAt: true, sessions: { select: { lastSeenAt: true }, orderBy: { lastSeenAt: "desc" }, take: 1 } },
  });
  return users.map(({ sessions, ...user }) => ({ ...user, lastSeenAt: sessions[0]?.lastSeenAt ?? null }));
});

/** The organisation's named API tokens, newest first, with their creator (never the token itself). */
export const listApiTokens = cache(async (organizationId: string) => {
  const db = await getDb();
  return db.apiToken.findMany({
    where: { organizationId, role: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, role: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true, user: { select: { name: true, email: true } } },
  });
});

/** A user's own sessions, most recently active first. */
export const listOwnSessions = cache(async (userId: string) => {
  const db = await getDb();
  return db.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
  });
});
