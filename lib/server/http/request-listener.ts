import "server-only";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { BlockList } from "node:net";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { logger } from "@/lib/server/logger";
import { runWithRequestContext, type RequestContext } from "@/lib/server/request-context";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<unknown>;

/**
 * Wraps the app's request handler: gives each request an id (X-Request-Id, both ways) and a
 * request context with the client's address, writes its log line when the response is done,
 * and answers a last-resort 500 if the handler itself fails.
 */
export function requestListener(handle: Handler, trustedProxies: BlockList | null) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const context: RequestContext = {
      requestId: randomUUID(),
      clientAddress: clientAddressOf(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies),
    };
    // Next's code reads the id from the header too (the proxy may not share our context).
    request.headers["x-request-id"] = context.requestId;
    response.setHeader("X-Request-Id", context.requestId);
    logWhenDone(request, response, context);
    runWithRequestContext(context, () => handle(request, response)).catch((error: unknown) => {
      logger().error({ err: error, requestId: context.requestId }, "Unhandled error in the request handler");
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end("Internal server error");
    });
  };
}

// Static files are fetched by the dozen per page: their lines are debug level.
const STATIC = /^\/(_next\/static|_next\/image|favicon\.ico)/;

/** One line per request: id, method, route, status, duration, who asked. Never a header, a body or the query string. */
function logWhenDone(request: IncomingMessage, response: ServerResponse, context: RequestContext): void {
  const started = process.hrtime.bigint();
  // Read now: Next rewrites request.url while it routes.
  const path = (request.url ?? "/").split("?")[0];
  response.once("close", () => {
    const line = {
      requestId: context.requestId,
      method: request.method,
      route: path,
      status: response.statusCode,
      durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      userId: context.userId ?? null,
      organizationId: context.organizationId ?? null,
      ...(response.writableFinished ? {} : { aborted: true }),
    };
    if (STATIC.test(path)) logger().debug(line, "request");
    else logger().info(line, "request");
  });
}
