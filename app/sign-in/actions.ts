"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/server/db/client";
import { attemptSignIn } from "@/lib/server/auth/check-credentials";
import { clientAddress, retryAfterMessage } from "@/lib/server/auth/sign-in-throttle";
import { createSession, deleteSession, SESSION_COOKIE } from "@/lib/server/auth/sessions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { SignInInputSchema } from "@/lib/schemas/sign-in";
import { zodFieldErrors } from "@/lib/schemas/zod-field-errors";
import { submittedValues, type FormState } from "@/lib/server/actions/form-state";
import { withRequestReference } from "@/lib/server/unexpected-error";

export async function signIn(previous: FormState, formData: FormData): Promise<FormState> {
  return withRequestReference(() => signInWithPassword(previous, formData));
}

async function signInWithPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, ["password"]);
  const parsed = SignInInputSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    return { status: "error", message: "Check the highlighted fields.", fields: zodFieldErrors(parsed.error), values };
  }
  const db = await getDb();
  const requestHeaders = await headers();
  const outcome = await attemptSignIn(db, parsed.data, clientAddress(requestHeaders));
  if (outcome.status === "throttled") return { status: "error", message: retryAfterMessage(outcome.retryAfterMs), values };
  if (outcome.status === "invalid") return { status: "error", message: "That email and password do not match an account.", values };
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
}

export async function signOut(): Promise<void> {
  return withRequestReference(endSession);
}

async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(await getDb(), token);
  jar.delete(SESSION_COOKIE);
  redirect("/sign-in");
}
