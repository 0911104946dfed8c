import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { authFromSessionToken } from "@/lib/server/auth/sessions";
import { sessionCookieName } from "@/lib/server/auth/session-cookie";
import { can, type Permission } from "@/lib/server/permissions";
import { noteRequester } from "@/lib/server/request-context";

/** The signed-in user of this request (server components and actions), resolved once per request. */
export const getCurrentAuth = cache(async (): Promise<AuthContext | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const auth = await authFromSessionToken(await getDb(), token);
  if (auth) noteRequester(auth.userId, auth.organizationId);
  return auth;
});

/** The page where a user replaces the one-time password an admin gave them. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * For pages: the signed-in user, or a redirect to sign-in. A user still on a one-time
 * password is sent to choose their own first.
 */
export async function requireAuth(): Promise<AuthContext> {
  const auth = await requireSignedIn();
  if (auth.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return auth;
}

/** For the password page itself: signed in, one-time password or not. */
export async function requireSignedIn(): Promise<AuthContext> {
  const auth = await getCurrentAuth();
  if (!auth) redirect("/sign-in");
  return auth;
}

/** For pages a role may not open: 404, so the page's existence is not advertised. */
export async function requirePagePermission(permission: Permission): Promise<AuthContext> {
  const auth = await requireAuth();
  if (!can(auth.role, permission)) notFound();
  return auth;
}
