import "server-only";
import type { Db } from "@/lib/server/db/client";
import { logSecurityEvent, recordSecurityEvent, type SignInChannel } from "@/lib/server/auth/security-events";

/**
 * Slows password guessing: at most MAX_FAILURES_PER_EMAIL failed sign-ins per account (since
 * its last successful sign-in) and MAX_FAILURES_PER_CLIENT per client address within WINDOW_MS.
 * The state is the security log in the database, so it holds for the form and the token API
 * alike, across restarts and across app instances.
 *
 * Every attempt is written as a failure *before* the password is checked and the count
 * includes it: of many simultaneous guesses at most the limit get through, and an attempt cut
 * short by a crash still counts. A success turns its row into the sign-in; a refused attempt
 * removes its row, so knocking on a locked account does not extend the lock.
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_CLIENT = 30;

export interface SignInAttempt {
  id: string;
  email: string;
  clientAddress: string | null;
  channel: SignInChannel;
  at: Date;
}

/** Opens an attempt; `retryAfterMs` > 0 means it is refused (and already removed). */
export async function beginSignInAttempt(
  db: Db,
  { email, clientAddress, channel }: { email: string; clientAddress: string | null; channel: SignInChannel },
  now = new Date(),
): Promise<{ attempt: SignInAttempt; retryAfterMs: number }> {
  const attempt = { email, clientAddress, channel, at: now };
  const id = await db.securityEvent
    .create({ data: { type: "SIGN_IN_FAILED", email, clientAddress, channel, createdAt: now }, select: { id: true } })
    .then((row) => row.id);
  const retryAfterMs = Math.max(
    await waitFor(db, { email }, MAX_FAILURES_PER_EMAIL, await lastSignInAt(db, email), now),
    clientAddress ? await waitFor(db, { clientAddress }, MAX_FAILURES_PER_CLIENT, null, now) : 0,
  );
  if (retryAfterMs > 0) {
    await db.securityEvent.delete({ where: { id } });
    logSecurityEvent({ type: "SIGN_IN_FAILED", email, clientAddress, channel, detail: "refused: too many failed attempts" });
  }
  return { attempt: { id, ...attempt }, retryAfterMs };
}

/** The password was right: the attempt becomes the account's sign-in, which clears its failures. */
export async function recordSignInSuccess(db: Db, attempt: SignInAttempt, user: { id: string; organizationId: string }): Promise<void> {
  await db.securityEvent.update({ where: { id: attempt.id }, data: { type: "SIGN_IN", userId: user.id, organizationId: user.organizationId } });
  logSecurityEvent({ type: "SIGN_IN", email: attempt.email, userId: user.id, organizationId: user.organizationId, clientAddress: attempt.clientAddress, channel: attempt.channel });
}

/** The password was wrong (or the account unknown): the failure stays; the one that reaches the limit also records a lockout. */
export async function recordSignInFailure(db: Db, attempt: SignInAttempt, user: { id: string; organizationId: string } | null): Promise<void> {
  if (user) await db.securityEvent.update({ where: { id: attempt.id }, data: { userId: user.id, organizationId: user.organizationId } });
  logSecurityEvent({ type: "SIGN_IN_FAILED", email: attempt.email, userId: user?.id, organizationId: user?.organizationId, clientAddress: attempt.clientAddress, channel: attempt.channel });
  const failures = await recentFailures(db, { email: attempt.email }, await lastSignInAt(db, attempt.email), attempt.at);
  if (failures.length === MAX_FAILURES_PER_EMAIL) {
    await recordSecurityEvent(db, { type: "LOCKOUT", email: attempt.email, userId: user?.id, organizationId: user?.organizationId, clientAddress: attempt.clientAddress, channel: attempt.channel, at: attempt.at });
  }
}

async function lastSignInAt(db: Db, email: string): Promise<Date | null> {
  const last = await db.securityEvent.findFirst({ where: { email, type: "SIGN_IN" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  return last?.createdAt ?? null;
}

/**
 * Failure times, newest first, within the window (and after `since`). No upper bound: rows of
 * simultaneous attempts count whatever their clocks say, which is what makes the limit hold.
 */
async function recentFailures(db: Db, key: { email: string } | { clientAddress: string }, since: Date | null, now: Date): Promise<Date[]> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const rows = await db.securityEvent.findMany({
    where: { ...key, type: "SIGN_IN_FAILED", createdAt: { gt: since && since > windowStart ? since : windowStart } },
    orderBy: { createdAt: "desc" },
    take: MAX_FAILURES_PER_CLIENT + 1,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

/**
 * How long until this key may try again. `failures[0]` is the attempt just written: it may go
 * ahead while the earlier failures are fewer than the limit; else it waits until the limit-th
 * most recent earlier failure (`failures[limit]`) leaves the window.
 */
async function waitFor(db: Db, key: { email: string } | { clientAddress: string }, limit: number, since: Date | null, now: Date): Promise<number> {
  const failures = await recentFailures(db, key, since, now);
  if (failures.length <= limit) return 0;
  return Math.max(1, failures[limit].getTime() + WINDOW_MS - now.getTime());
}

export function retryAfterMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
