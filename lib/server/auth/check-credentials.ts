import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { Db } from "@/lib/server/db/client";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { isActiveUser } from "@/lib/server/auth/auth-context";
import type { SignInInput } from "@/lib/schemas/sign-in";
import type { SignInChannel } from "@/lib/server/auth/security-events";
import { beginSignInAttempt, recordSignInFailure, recordSignInSuccess } from "@/lib/server/auth/sign-in-throttle";
import { requestContext } from "@/lib/server/request-context";

// Verifying against a real hash when the email is unknown keeps the work the same, so timing
// does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;

/**
 * Every refused sign-in is answered no sooner than this after it arrived, whatever refused it
 * (wrong password, unknown or deactivated account, lockout): a wrong password costs one argon2
 * verification (~60 ms here, more under load), a lockout none, and the answers must not differ
 * in time. Waiting costs no CPU, unlike verifying a locked account's password would.
 */
export const REFUSED_SIGN_IN_MIN_MS = 400;

/** The active user these credentials belong to, or null (unknown email, deactivated account or organisation, or wrong password). */
async function checkCredentials(db: Db, { email, password }: SignInInput) {
  const user = await db.user.findUnique({ where: { email }, include: { organization: { select: { deactivatedAt: true } } } });
  if (!user || !isActiveUser(user)) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, password);
    return { user: null, known: user };
  }
  return { user: (await verifyPassword(user.passwordHash, password)) ? user : null, known: user };
}

type User = NonNullable<Awaited<ReturnType<typeof checkCredentials>>["user"]>;

export type SignInOutcome = { status: "ok"; user: User } | { status: "invalid" } | { status: "throttled"; retryAfterMs: number };

/**
 * The one sign-in path, for the form and the token API: the database-backed throttle, the
 * credential check, the security log, and equal timing for every refusal. The client address
 * comes from the request context (the app server's; none under `next dev`).
 */
export async function attemptSignIn(db: Db, input: SignInInput, channel: SignInChannel, minRefusalMs = REFUSED_SIGN_IN_MIN_MS): Promise<SignInOutcome> {
  const started = Date.now();
  const clientAddress = requestContext()?.clientAddress ?? null;
  const outcome = await decide(db, input, channel, clientAddress);
  if (outcome.status !== "ok") await sleep(Math.max(0, started + minRefusalMs - Date.now()));
  return outcome;
}

async function decide(db: Db, input: SignInInput, channel: SignInChannel, clientAddress: string | null): Promise<SignInOutcome> {
  const { attempt, retryAfterMs } = await beginSignInAttempt(db, { email: input.email, clientAddress, channel });
  if (retryAfterMs > 0) return { status: "throttled", retryAfterMs };
  const { user, known } = await checkCredentials(db, input);
  if (!user) {
    await recordSignInFailure(db, attempt, known);
    return { status: "invalid" };
  }
  await recordSignInSuccess(db, attempt, user);
  return { status: "ok", user };
}
