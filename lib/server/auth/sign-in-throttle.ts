import "server-only";

/**
 * Slows password guessing: at most MAX_FAILURES_PER_EMAIL failed sign-ins per account and
 * MAX_FAILURES_PER_CLIENT per client address within WINDOW_MS. Kept in this process's memory:
 * enough for one server; several instances behind a load balancer would need a shared store.
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_CLIENT = 30;
const MAX_TRACKED_KEYS = 10_000;

const failures = new Map<string, number[]>();

function recent(key: string, now: number): number[] {
  const times = (failures.get(key) ?? []).filter((time) => now - time < WINDOW_MS);
  if (times.length === 0) failures.delete(key);
  else failures.set(key, times);
  return times;
}

function keysOf(email: string, client: string): [string, number][] {
  return [
    [`email:${email.toLowerCase()}`, MAX_FAILURES_PER_EMAIL],
    [`client:${client}`, MAX_FAILURES_PER_CLIENT],
  ];
}

/** Milliseconds until another attempt is allowed, or 0 when it is allowed now. */
export function signInRetryAfterMs(email: string, client: string, now = Date.now()): number {
  let wait = 0;
  for (const [key, limit] of keysOf(email, client)) {
    const times = recent(key, now);
    if (times.length >= limit) wait = Math.max(wait, times[times.length - limit] + WINDOW_MS - now);
  }
  return wait;
}

export function recordSignInFailure(email: string, client: string, now = Date.now()): void {
  for (const [key] of keysOf(email, client)) {
    if (!failures.has(key) && failures.size >= MAX_TRACKED_KEYS) {
      // Forget the oldest key rather than grow without bound under a spray of addresses.
      failures.delete(failures.keys().next().value!);
    }
    failures.set(key, [...recent(key, now), now]);
  }
}

/** A successful sign-in clears the account's failures (not the client's). */
export function recordSignInSuccess(email: string): void {
  failures.delete(`email:${email.toLowerCase()}`);
}

/** The client address for throttling: the first X-Forwarded-For hop, else "direct". */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "direct";
}

export function retryAfterMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
