import "server-only";
import type { NextRequest } from "next/server";
import { ApiError, errorResponse, internalErrorResponse } from "@/lib/server/api/api-error";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { resolveAuth } from "@/lib/server/auth/resolve-auth";
import { can, type Permission } from "@/lib/server/permissions";
import { logger } from "@/lib/server/logger";
import { requestIdOf } from "@/lib/server/request-context";
import { hasControlCharacter } from "@/lib/schemas/text";
import { describeDomainError } from "@/lib/server/domain-errors";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/server/db/database-unavailable";
import { assertSameOrigin } from "@/lib/server/api/same-origin";

export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

interface RouteOptions {
  /** Checked after authentication; a missing permission is 403. */
  permission?: Permission;
}

interface HandlerArgs<P> {
  request: NextRequest;
  auth: AuthContext;
  params: P;
}

/**
 * Turns an ApiError or a domain error (describeDomainError) thrown by a handler into its JSON
 * response, a lost database into 503 with Retry-After; anything else is logged with its stack and answered with a JSON 500 that carries
 * only the request id.
 */
export function publicApiRoute<C>(handler: (request: NextRequest, context: C | undefined) => Promise<Response>) {
  return async (request: NextRequest, context?: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      const known = describeDomainError(error);
      if (known) return errorResponse(new ApiError(known.status, known.code, known.message, known.fields, known.headers, known.currentVersion));
      const requestId = requestIdOf(request.headers);
      if (isDatabaseUnavailable(error)) {
        logger().warn({ err: error, requestId, method: request.method, path: request.nextUrl.pathname }, "Database unavailable");
        return errorResponse(
          new ApiError(503, "database_unavailable", "The database is temporarily unavailable. Try again shortly.", undefined, {
            "Retry-After": String(RETRY_AFTER_SECONDS),
          }),
        );
      }
      logger().error({ err: error, requestId, method: request.method, path: request.nextUrl.pathname }, "Unexpected error in a route handler");
      return internalErrorResponse(requestId);
    }
  };
}

/**
 * Wraps a /api/v1 route handler: authenticates (session cookie or bearer token, 401 JSON
 * otherwise), refuses a cookie-signed change from another origin (403, CSRF), checks the
 * permission (403), and turns ApiError into its JSON response.
 * The handler still scopes every query by auth.organizationId itself.
 */
export function apiRoute<P = Record<string, never>>(
  options: RouteOptions,
  handler: (args: HandlerArgs<P>) => Promise<Response>,
) {
  return publicApiRoute(async (request: NextRequest, context: { params: Promise<P> } | undefined) => {
    const auth = await resolveAuth(request);
    if (!auth) throw new ApiError(401, "unauthenticated", "Sign in or send a bearer token.");
    if (auth.via === "session") assertSameOrigin(request);
    if (auth.mustChangePassword) throw new ApiError(403, "password_change_required", "Choose your own password first: the one-time password an admin gave you only opens the password page.");
    if (options.permission && !can(auth.role, options.permission)) {
      throw new ApiError(403, "forbidden", "Your role does not allow this.");
    }
    const params = context?.params ? await context.params : ({} as P);
    refuseControlCharacters(params);
    return handler({ request, auth, params });
  });
}

/** A path segment such as an id never holds a control character; PostgreSQL could not even compare a NUL. */
function refuseControlCharacters(params: unknown): void {
  for (const [name, value] of Object.entries(params ?? {})) {
    if ((Array.isArray(value) ? value : [value]).some((part) => typeof part === "string" && hasControlCharacter(part))) {
      throw new ApiError(400, "validation_failed", "A path parameter is invalid.", { [name]: "Must not contain control characters." });
    }
  }
}

/**
 * Reads a JSON body of at most maxBytes: 413 when larger, 400 when it is not JSON.
 * The size is checked on the bytes actually read, not only on Content-Length.
 */
export async function readJsonBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const reader = request.body?.getReader();
  if (!reader) throw new ApiError(400, "invalid_json", "The request body is empty; send JSON.");
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw new ApiError(400, "invalid_json", "The request body is empty; send JSON.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON.");
  }
  const nulAt = pathOfNul(body);
  if (nulAt !== null) throw new ApiError(400, "validation_failed", "The request body contains a NUL character.", { [nulAt]: "Must not contain NUL characters." });
  return body;
}

/**
 * The path (as zodFieldErrors writes it) of the first key or string holding a NUL, or null.
 * Every schema refuses control characters too; this net also holds for a schema that forgot.
 * Walks with its own stack: the body may be nested deeper than the call stack allows.
 */
function pathOfNul(body: unknown): string | null {
  const pending: [unknown, string][] = [[body, ""]];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === "string") {
      if (value.includes("\u0000")) return path || "(body)";
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        if (key.includes("\u0000")) return childPath;
        pending.push([child, childPath]);
      }
    }
  }
  return null;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, "payload_too_large", `The request body is larger than ${maxBytes} bytes.`);
}
