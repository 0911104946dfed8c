"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { attemptSignIn } from "@/lib/server/auth/check-credentials";
import { retryAfterMessage } from "@/lib/server/auth/sign-in-throttle";
import { createSession, deleteSession, SESSION_COOKIE } from "@/lib/server/auth/sessions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
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

  const { token, expiresAt } = await createSession(db, user.id, requestHeaders.get("user-agent"));
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: requestHeaders.get("x-forwarded-proto") === "https",
    path: "/",
    expires: expiresAt,
  });
  await recordAuditEvent(db, {
    organizationId: user.organizationId,
    actor: { userId: user.id, email: user.email },
    action: "sign-in",
    entityType: "User",
    entityId: user.id,
  });
  redirect("/");
});

export async function signOut(): Promise<void> {
  return withRequestReference(endSession);
}

async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  const db = await getDb();
  const ended = token ? await deleteSession(db, token) : null;
  if (ended) await recordSecurityEvent(db, { type: "SIGN_OUT", channel: "form", ...ended, clientAddress: requestContext()?.clientAddress });
  jar.delete(SESSION_COOKIE);
  redirect("/sign-in");
}
