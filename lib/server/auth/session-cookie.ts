import "server-only";
import { getEnv } from "@/lib/server/env";

/** The session cookie's name over plain http (development, tests). */
export const SESSION_COOKIE = "bpo_session";

/** True when the app's public origin (APP_ORIGIN) is https. */
export function isHttpsOrigin(origin = getEnv().APP_ORIGIN): boolean {
  return origin?.startsWith("https:") ?? false;
}

/**
 * The session cookie's name: over https with the __Host- prefix, which browsers accept only
 * when Secure, Path=/ and without Domain, so no subdomain can plant or shadow it.
 */
export function sessionCookieName(origin = getEnv().APP_ORIGIN): string {
  return isHttpsOrigin(origin) ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

/** HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs), Secure over https. */
export function sessionCookieOptions(expires: Date, origin = getEnv().APP_ORIGIN) {
  return { httpOnly: true, sameSite: "lax" as const, secure: isHttpsOrigin(origin), path: "/", expires };
}
