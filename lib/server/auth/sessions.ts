import "server-only";
import type { Db } from "@/lib/server/db/client";
import { hashSecretToken, newSecretToken } from "@/lib/server/auth/secret-token";
import { authContextOf, isActiveUser, type AuthContext } from "@/lib/server/auth/auth-context";
import { getEnv } from "@/lib/server/env";
import { findSessionWithOwner } from "@/lib/server/auth/credential-lookup";

/** Extend the session at most every 5 minutes, not on every request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/**
 * How long sessions live (SESSION_IDLE_HOURS, default 12: a long working day; SESSION_MAX_DAYS,
 * default 7: a stolen cookie does not work for ever, however busy its thief).
 */
function lifetimes() {
  const env = getEnv();
  return { idleMs: env.SESSION_IDLE_HOURS * 3_600_000, maxMs: env.SESSION_MAX_DAYS * 86_400_000 };
}

/** A new session; `cookieExpiresAt` is its absolute end (the idle timeout is enforced on the server). */
export async function createSession(db: Pick<Db, "session">, userId: string, userAgent: string | null, now = new Date()) {
  const { idleMs, maxMs } = lifetimes();
  const { token, tokenHash } = newSecretToken("bs");
  const cookieExpiresAt = new Date(now.getTime() + maxMs);
  const expiresAt = new Date(Math.min(now.getTime() + idleMs, cookieExpiresAt.getTime()));
  await db.session.create({ data: { userId, tokenHash, expiresAt, createdAt: now, lastSeenAt: now, userAgent: userAgent?.slice(0, 300) ?? null } });
  return { token, cookieExpiresAt };
}

/**
 * The signed-in user of a session cookie; null when unknown, idle too long, past its absolute
 * lifetime, or its user (or their organisation) is deactivated. Activity slides the idle expiry, never past the
 * absolute end (sign-in time + SESSION_MAX_DAYS). One query, plus a write at most every 5 minutes.
 */
export async function authFromSessionToken(db: Db, token: string, now = Date.now()): Promise<AuthContext | null> {
  const session = await findSessionWithOwner(db, hashSecretToken(token));
  if (!session || !isActiveUser(session.user)) return null;
  const { idleMs, maxMs } = lifetimes();
  const absoluteEnd = session.createdAt.getTime() + maxMs;
  if (session.expiresAt.getTime() <= now || absoluteEnd <= now) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(Math.min(now + idleMs, absoluteEnd)) },
    });
  }
  return authContextOf(session.user, "session", session.id);
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
