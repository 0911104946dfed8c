import "server-only";

/** What a client is told to wait before trying again while the database is away (seconds). */
export const RETRY_AFTER_SECONDS = 5;

// Prisma's codes for "cannot reach / lost / timed out" (prisma.io/docs/orm/reference/error-reference):
// P1001 can't reach, P1002 timed out, P1008 operation timed out, P1017 server closed the
// connection, P2024 timed out fetching a connection from the pool.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// The driver adapter's error kinds for the same (@prisma/adapter-pg convertDriverError).
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Node's socket errors.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH"]);
// PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (shutting down, cannot
// connect now), 57014 (statement cancelled: the statement timeout).
const SQLSTATE = /^(08...|57P0[1-3]|57014)$/;
// node-postgres reports these by message only.
const PG_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Query read timeout",
  "Client has encountered a connection error",
  "Connection is closed",
  "terminating connection",
];

/**
 * True when an error means the database server cannot be reached, dropped the connection or
 * timed out, rather than that the request was wrong. Walks the error's causes, since Prisma
 * wraps the driver's error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== null && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const candidate = current as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
    const code = typeof candidate.code === "string" ? candidate.code : "";
    if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code)) return true;
    if (typeof candidate.kind === "string" && ADAPTER_KINDS.has(candidate.kind)) return true;
    const message = typeof candidate.message === "string" ? candidate.message : "";
    if (PG_MESSAGES.some((text) => message.includes(text))) return true;
    current = candidate.cause ?? (candidate.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  }
  return false;
}
