import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { RETRY_AFTER_SECONDS } from "@/lib/server/db/database-unavailable";
import { logger } from "@/lib/server/logger";
import { requestContext } from "@/lib/server/request-context";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<unknown>;

// Assets need no database; the API answers its own 503 in JSON (apiRoute).
const NO_GATE = /^\/(_next\/|api\/|favicon\.ico)/;

// A page of its own, not Next's: Next's error page would need the database to render the
// signed-in shell. It reloads itself, so it turns back into the app when the database returns.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 2}">
<title>Temporarily unavailable · BPO Evaluator</title>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #1f2937">
<main>
<h1>Temporarily unavailable</h1>
<p>The database cannot be reached just now. Try again shortly: this page reloads itself, and the app reconnects by itself when the database is back.</p>
</main>
</body>
</html>
`;

/**
 * Answers a page request with a 503 "temporarily unavailable" page and Retry-After while the
 * database server cannot be reached (`reachable` probes it), instead of an error page or a
 * request that hangs. Server actions (POST) and the API pass through: their own error
 * handling answers them.
 */
export function databaseGate(handle: Handler, reachable: () => Promise<boolean>): Handler {
  return async (request, response) => {
    const isPage = (request.method === "GET" || request.method === "HEAD") && !NO_GATE.test(request.url ?? "/");
    if (isPage && !(await reachable())) {
      logger().warn({ requestId: requestContext()?.requestId }, "Database unavailable: answered 503");
      response.writeHead(503, {
        "content-type": "text/html; charset=utf-8",
        "retry-after": String(RETRY_AFTER_SECONDS),
        "cache-control": "no-store",
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
      });
      response.end(request.method === "HEAD" ? undefined : PAGE);
      return;
    }
    return handle(request, response);
  };
}
