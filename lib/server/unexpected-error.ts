import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { DATABASE_UNAVAILABLE_DIGEST_PREFIX } from "@/lib/database-unavailable-digest";
import { isDatabaseUnavailable } from "@/lib/server/db/database-unavailable";
import { logger } from "@/lib/server/logger";
import { requestContext } from "@/lib/server/request-context";

interface ErrorRequest {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Logs an error Next caught (instrumentation's onRequestError), with its stack and the request id. */
export function logUnexpectedRequestError(error: unknown, request: ErrorRequest, context: { routeType: string; routePath: string }): void {
  const header = request.headers["x-request-id"];
  const requestId = typeof header === "string" ? header : undefined;
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  logger().error(
    { err: error, requestId, digest, method: request.method, path: request.path.split("?")[0], routeType: context.routeType, route: context.routePath },
    "Unexpected error",
  );
}

/**
 * Runs a server action so that an unexpected error reaches the error page with the request id
 * as its reference (Next keeps an error's own `digest`; the browser never sees the stack).
 * Next's redirects and not-found pass through untouched. Logged by onRequestError.
 */
export async function withRequestReference<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof Error && !("digest" in error)) {
      // Without the app's server (next dev) there is no request id: any unique reference
      // still ties the page to its log line, which carries the digest.
      const reference = requestContext()?.requestId ?? randomUUID();
      // A lost database gets its own prefix: the notice then says "try again shortly".
      Object.assign(error, { digest: isDatabaseUnavailable(error) ? `${DATABASE_UNAVAILABLE_DIGEST_PREFIX}:${reference}` : reference });
    }
    throw error;
  }
}
