import "server-only";
import type { NextRequest } from "next/server";
import { ApiError, errorResponse } from "@/lib/server/api/api-error";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { resolveAuth } from "@/lib/server/auth/resolve-auth";
import { can, type Permission } from "@/lib/server/permissions";

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

/** Turns an ApiError thrown by a handler into its JSON response; anything else stays a 500. */
export function publicApiRoute<C>(handler: (request: NextRequest, context: C | undefined) => Promise<Response>) {
  return async (request: NextRequest, context?: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      throw error;
    }
  };
}

/**
 * Wraps a /api/v1 route handler: authenticates (session cookie or bearer token, 401 JSON
 * otherwise), checks the permission (403), and turns ApiError into its JSON response.
 * The handler still scopes every query by auth.organizationId itself.
 */
export function apiRoute<P = Record<string, never>>(
  options: RouteOptions,
  handler: (args: HandlerArgs<P>) => Promise<Response>,
) {
  return publicApiRoute(async (request: NextRequest, context: { params: Promise<P> } | undefined) => {
    const auth = await resolveAuth(request);
    if (!auth) throw new ApiError(401, "unauthenticated", "Sign in or send a bearer token.");
    if (options.permission && !can(auth.role, options.permission)) {
      throw new ApiError(403, "forbidden", "Your role does not allow this.");
    }
    const params = context?.params ? await context.params : ({} as P);
    return handler({ request, auth, params });
  });
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
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON.");
  }
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, "payload_too_large", `The request body is larger than ${maxBytes} bytes.`);
}
