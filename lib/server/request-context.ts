import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/**
 * What the server knows about the request being handled. scripts/server.mjs opens one per
 * HTTP request (it alone sees the socket, so the client address comes from here) and writes
 * the request's log line from it when the response is finished; authentication fills in who
 * asked. Outside that server (tests, `next dev`) there is none, and callers fall back.
 */
export interface RequestContext {
  requestId: string;
  /** The client's address: the socket's peer, or what a trusted proxy said (TRUSTED_PROXIES). */
  clientAddress?: string;
  userId?: string;
  organizationId?: string;
}

// One store per process, shared with scripts/server.mjs (plain JS outside Next's bundles).
const key = Symbol.for("bpo.requestContext");
const holder = globalThis as typeof globalThis & { [key]?: AsyncLocalStorage<RequestContext> };
const storage: AsyncLocalStorage<RequestContext> = (holder[key] ??= new AsyncLocalStorage<RequestContext>());

export function requestContext(): RequestContext | undefined {
  return storage.getStore();
}

/**
 * Runs fn inside this request context (the object itself, so its owner sees what
 * authentication notes in it): what the server does per request, and what tests use to
 * play a client.
 */
export function runWithRequestContext<T>(context: Partial<RequestContext>, fn: () => T): T {
  context.requestId ??= randomUUID();
  return storage.run(context as RequestContext, fn);
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** This request's id: the server's, else the X-Request-Id header it set, else a new one. */
export function requestIdOf(headers?: Headers): string {
  const fromHeader = headers?.get("x-request-id");
  return requestContext()?.requestId ?? (fromHeader && REQUEST_ID.test(fromHeader) ? fromHeader : randomUUID());
}

/** Notes who is asking, for the request's log line. */
export function noteRequester(userId: string, organizationId: string): void {
  const context = requestContext();
  if (context) Object.assign(context, { userId, organizationId });
}
