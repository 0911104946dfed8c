import "server-only";
import type { Db } from "@/lib/server/db/client";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import type { SignInInput } from "@/lib/schemas/sign-in";
import { recordSignInFailure, recordSignInSuccess, signInRetryAfterMs } from "@/lib/server/auth/sign-in-throttle";

// Verifying against a real hash when the email is unknown keeps the response time the same,
// so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;

/** The active user these credentials belong to, or null — never a hint which part was wrong. */
export async function checkCredentials(db: Db, { email, password }: SignInInput) {
  const user = await db.user.findUnique({ where: { email } });
  if (!user || user.deactivatedAt) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, password);
    return null;
  }
  return (await verifyPassword(user.passwordHash, password)) ? user : null;
}

export type SignInOutcome =
  | { status: "ok"; user: NonNullable<Awaited<ReturnType<typeof checkCredentials>>> }
  | { status: "invalid" }
  | { status: "throttled"; retryAfterMs: number };

/** checkCredentials behind the sign-in throttle: the one path for the form and the token API. */
export async function attemptSignIn(db: Db, input: SignInInput, client: string): Promise<SignInOutcome> {
  const retryAfterMs = signInRetryAfterMs(input.email, client);
  if (retryAfterMs > 0) return { status: "throttled", retryAfterMs };
  const user = await checkCredentials(db, input);
  if (!user) {
    recordSignInFailure(input.email, client);
    return { status: "invalid" };
  }
  recordSignInSuccess(input.email);
  return { status: "ok", user };
}
