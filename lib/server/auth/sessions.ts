import "server-only";
import type { Db } from "@/lib/server/db/client";
import { hashSecretToken, newSecretToken } from "@/lib/server/auth/secret-token";
import { authContextOf, type AuthContext } from "@/lib/server/auth/auth-context";

export const SESSION_COOKIE = "bpo_session";
/** A working day and a half: long enough for a long evaluation session, short for a shared PC. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Extend the session at most every 5 minutes, not on every request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export async function createSession(db: Db, userId: string, userAgent: string | null) {
  const { token, tokenHash } = newSecretToken("bs");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.session.create({ data: { userId, tokenHash, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null } });
  return { token, expiresAt };
}

/** The signed-in user of a session cookie, sliding its expiry; null when unknown or expired. */
export async function authFromSessionToken(db: Db, token: string): Promise<AuthContext | null> {
  const session = await db.session.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    include: { user: { include: { organization: true } } },
  });
  const now = Date.now();
  if (!session || session.expiresAt.getTime() <= now || session.user.deactivatedAt) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(now + SESSION_TTL_MS) },
    });
  }
  return authContextOf(session.user, "session");
}

/** Ends a session; returns whose it was (for the security log), or null when there was none. */
export async function deleteSession(db: Db, token: string): Promise<{ userId: string; email: string; organizationId: string } | null> {
  const session = await db.session.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { id: true, user: { select: { id: true, email: true, organizationId: true } } },
  });
  if (!session) return null;
  await db.session.deleteMany({ where: { id: session.id } });
  return { userId: session.user.id, email: session.user.email, organizationId: session.user.organizationId };
}
