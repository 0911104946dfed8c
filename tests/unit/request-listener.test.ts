import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseTrustedProxies } from "@/lib/server/http/client-address";
import { requestListener } from "@/lib/server/http/request-listener";
import { logger } from "@/lib/server/logger";
import { noteRequester, requestContext } from "@/lib/server/request-context";

let server: Server | undefined;
afterEach(() => {
  server?.close();
  vi.restoreAllMocks();
});

async function serve(handle: Parameters<typeof requestListener>[0], trustedProxies: Parameters<typeof requestListener>[1] = parseTrustedProxies("127.0.0.1")) {
  server = createServer(requestListener(handle, trustedProxies));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

function loggedLines(spy: { mock: { calls: unknown[][] } }) {
  return spy.mock.calls.filter(([, message]) => message === "request").map(([line]) => line as Record<string, unknown>);
}

describe("the app server's request wrapper", () => {
  it("gives each request an id, sent back as X-Request-Id and readable by the app", async () => {
    const url = await serve(async (request, response) => {
      response.end(JSON.stringify({ header: request.headers["x-request-id"], context: requestContext()?.requestId }));
    });
    const first = await fetch(url, { headers: { "x-request-id": "forged" } });
    const second = await fetch(url);
    const id = first.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await first.json()).toEqual({ header: id, context: id });
    expect(second.headers.get("x-request-id")).not.toBe(id);
  });

  it("writes one JSON line per request with id, method, route, status, duration, user and organisation — and no secrets", async () => {
    const info = vi.spyOn(logger(), "info");
    const url = await serve(async (request, response) => {
      noteRequester("user-1", "org-1");
      response.statusCode = 201;
      response.end("{}");
    });
    const response = await fetch(`${url}/api/v1/vendors?q=private-search`, {
      method: "POST",
      headers: { authorization: "Bearer bpo_secret", cookie: "bpo_session=bs_secret" },
      body: JSON.stringify({ password: "hunter2", rate: 31.5 }),
    });
    await response.text();
    await vi.waitFor(() => expect(loggedLines(info)).toHaveLength(1));
    const [line] = loggedLines(info);
    expect(line).toEqual({
      requestId: response.headers.get("x-request-id"),
      method: "POST",
      route: "/api/v1/vendors",
      status: 201,
      durationMs: expect.any(Number),
      userId: "user-1",
      organizationId: "org-1",
    });
    expect(JSON.stringify(line)).not.toMatch(/secret|hunter2|31\.5|private-search/);
  });

  it("hands the app the client's address: the peer, or what a trusted proxy says", async () => {
    const url = await serve(async (request, response) => response.end(requestContext()?.clientAddress));
    expect(await (await fetch(url, { headers: { "x-forwarded-for": "198.51.100.9" } })).text()).toBe("198.51.100.9");
    server?.close();
    const direct = await serve(async (request, response) => response.end(requestContext()?.clientAddress), null);
    expect(await (await fetch(direct, { headers: { "x-forwarded-for": "198.51.100.9" } })).text()).toBe("127.0.0.1");
  });

  it("answers a 500 and logs it when the handler itself fails", async () => {
    const error = vi.spyOn(logger(), "error").mockImplementation(() => undefined);
    const url = await serve(async () => {
      throw new Error("handler exploded");
    });
    const response = await fetch(url);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe("Internal server error");
    expect(error.mock.calls[0][0]).toMatchObject({ requestId: response.headers.get("x-request-id") });
  });
});
