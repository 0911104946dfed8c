import "server-only";
import { createServer } from "node:http";
import { format } from "node:util";
import next from "next";
import { probeRegisteredDatabase } from "@/lib/server/db/database-probe-slot";
import { getEnv } from "@/lib/server/env";
import { databaseGate } from "@/lib/server/http/database-gate";
import { requestListener } from "@/lib/server/http/request-listener";
import { logger } from "@/lib/server/logger";
import { requestContext } from "@/lib/server/request-context";

/**
 * The production HTTP server (`npm start`; bundled to .server/server.mjs by
 * scripts/build-server.mjs): Next's request handler inside a request context. Only here is
 * the socket visible, so only here can the client address be known (throttling needs it);
 * and only here are the final status and duration known, for the request's log line.
 */
export async function startAppServer(): Promise<void> {
  const env = getEnv();
  routeConsoleToLogger();
  const app = next({ dev: false, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  const nextHandler = (request: Parameters<typeof handle>[0], response: Parameters<typeof handle>[1]) => handle(request, response);
  // Only a database server can go away while the app runs; the embedded one lives in this process.
  const handler = env.DATABASE_URL ? databaseGate(nextHandler, probeRegisteredDatabase) : nextHandler;
  const server = createServer(requestListener(handler, env.TRUSTED_PROXIES));
  server.listen(env.PORT, env.HOST, () => {
    logger().info({ port: env.PORT, host: env.HOST ?? "all interfaces", origin: env.APP_ORIGIN }, "Server listening");
    if (!env.APP_ORIGIN) {
      logger().warn("APP_ORIGIN is not set: the session cookie is not Secure, no HSTS is sent, and cookie-signed API writes are checked against the request's own Host. Set it in production (docs/security.md).");
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      // Finish what is in flight, then go; keep-alive connections must not hold the exit up.
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}

/** Next and libraries write to console: make those lines JSON too, tagged with the request id. */
function routeConsoleToLogger(): void {
  const levels = { log: "info", info: "info", warn: "warn", error: "error", debug: "debug" } as const;
  for (const [method, level] of Object.entries(levels) as [keyof typeof levels, (typeof levels)[keyof typeof levels]][]) {
    console[method] = (...args: unknown[]) => {
      const requestId = requestContext()?.requestId;
      logger()[level](requestId ? { requestId } : {}, format(...args));
    };
  }
}
