"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { commandAction } from "@/lib/server/actions/command-action";
import { formAction } from "@/lib/server/actions/form-action";
import { sessionCookieName, sessionCookieOptions } from "@/lib/server/auth/session-cookie";
import { changeOwnPassword } from "@/lib/server/mutations/change-own-password";
import { endAllOwnSessions, endOwnSession } from "@/lib/server/mutations/end-sessions";
import { PasswordChangeSchema } from "@/lib/schemas/password";

async function forgetSessionCookie(): Promise<void> {
  // Cleared with the attributes it was set with: a __Host- cookie is only replaced by a Secure one.
  (await cookies()).set(sessionCookieName(), "", sessionCookieOptions(new Date(0)));
}

/** Every role: replace one's own password (and leave a one-time password behind). */
export const changePasswordAction = formAction({ permission: "read:all", schema: PasswordChangeSchema, hideFields: ["currentPassword", "newPassword", "confirmPassword"] }, async ({ value, auth, db }) => {
  await changeOwnPassword(db, auth, value);
  if (auth.mustChangePassword) redirect("/");
  revalidatePath("/account");
  return { resetForm: true, notice: "Password changed. Your other sessions have ended; this one stays signed in." };
});

/** Ends one of one's own sessions; ending this device's signs out here. */
export const endSessionAction = commandAction({ permission: "read:all", schema: z.object({}).strict() }, async ({ auth, db }, sessionId: string) => {
  const { endedCurrent } = await endOwnSession(db, auth, sessionId);
  if (endedCurrent) {
    await forgetSessionCookie();
    redirect("/sign-in");
  }
  revalidatePath("/account");
});

/** "Sign out everywhere": every session of the user ends, this one too. */
export const signOutEverywhereAction = commandAction({ permission: "read:all", schema: z.object({}).strict() }, async ({ auth, db }) => {
  await endAllOwnSessions(db, auth);
  await forgetSessionCookie();
  redirect("/sign-in");
});
