import "server-only";
import { getDb } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { authFromApiToken } from "@/lib/server/auth/api-tokens";
import { authFromSessionToken } from "@/lib/server/auth/sessions";
import { sessionCookieName } from "@/lib/server/auth/session-cookie";
import { noteRequester } from "@/lib/server/request-context";

/** Resolves a route handler's request: a bearer token first, else the session cookie. */
export async function resolveAuth(request: Request): Promise<AuthContext | null> {
  const auth = await resolveCredentials(request);
  if (auth) noteRequester(auth.userId, auth.organizationId);
  return auth;
}

async function resolveCredentials(request: Request): Promise<AuthContext | null> {
  const db = await getDb();
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return match ? authFromApiToken(db, match[1]) : null;
  }
  const cookie = readCookie(request.headers.get("cookie"), sessionCookieName());
  return cookie ? authFromSessionToken(db, cookie) : null;
}

function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}
