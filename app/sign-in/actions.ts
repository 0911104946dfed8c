"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { attemptSignIn } from "@/lib/server/auth/check-credentials";
import { retryAfterMessage } from "@/lib/server/auth/sign-in-throttle";
import { deleteSession } from "@/lib/server/auth/sessions";
import { startSession } from "@/lib/server/mutations/start-session";
import { sessionCookieName, sessionCookieOptions } from "@/lib/server/auth/session-cookie";
import { getDb } from "@/lib/server/db/client";
import { publicFormAction } from "@/lib/server/actions/form-action";
import { SignInInputSchema } from "@/lib/schemas/sign-in";
import { withRequestReference } from "@/lib/server/unexpected-error";
import { recordSecurityEvent } from "@/lib/server/auth/security-events";
import { requestContext } from "@/lib/server/request-context";

export const signIn = publicFormAction({ schema: SignInInputSchema, hideFields: ["password"] }, async ({ value, db }) => {
  const requestHeaders = await headers();
  const outcome = await attemptSignIn(db, value, "form");
  if (outcome.status === "throttled") return { formError: retryAfterMessage(outcome.retryAfterMs) };
  if (outcome.status === "invalid") return { formError: "That email and password do not match an account." };
  const { user } = outcome;

  const { token, cookieExpiresAt } = await startSession(db, user, requestHeaders.get("user-agent"));
  (await cookies()).set(sessionCookieName(), token, sessionCookieOptions(cookieExpiresAt));
  redirect("/");
});

export async function signOut(): Promise<void> {
  return withRequestReference(endSession);
}

async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(sessionCookieName())?.value;
  const db = await getDb();
  const ended = token ? await deleteSession(db, token) : null;
  if (ended) await recordSecurityEvent(db, { type: "SIGN_OUT", channel: "form", ...ended, clientAddress: requestContext()?.clientAddress });
  // Cleared with the attributes it was set with: a __Host- cookie is only replaced by a Secure one.
  jar.set(sessionCookieName(), "", sessionCookieOptions(new Date(0)));
  redirect("/sign-in");
}
