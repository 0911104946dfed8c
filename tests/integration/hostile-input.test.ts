import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { POST as postTco } from "@/app/api/v1/tco/route";
import { GET as listVendors } from "@/app/api/v1/vendors/route";
import { GET as getVendor, PATCH as patchVendor } from "@/app/api/v1/vendors/[id]/route";
import { publicApiRoute } from "@/lib/server/api/api-route";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { logger } from "@/lib/server/logger";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { useAsAppDb } from "@/tests/setup/app-db";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
let token: string;
let vendorId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const { db } = testDb;
  const org = await createOrganization(db);
  const analyst = await createUser(db, { organizationId: org.id, role: "ANALYST" });
  token = (await issueApiToken(db, analyst, "test")).token;
  vendorId = (await createVendor(db, { organizationId: org.id, name: "Plain Vendor" })).id;
  for (const name of ["100% Billing", "Under_Score RCM", "Back\\slash Coding"]) await createVendor(db, { organizationId: org.id, name });
});
afterAll(async () => testDb?.close());

const search = async (q: string) => {
  const response = await listVendors(apiRequest(`/api/v1/vendors?q=${encodeURIComponent(q)}`, { token }), routeParams({}));
  return { status: response.status, body: await response.json() };
};

describe("NUL and control characters reach no query", () => {
  it("GET /api/v1/vendors?q=%00 is a 400 naming q", async () => {
    const { status, body } = await search("\u0000");
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "validation_failed", fields: { q: expect.stringContaining("control characters") } });
  });

  it("a NUL in a vendor's headquarters is a 400 naming the field, and nothing is written", async () => {
    const before = await testDb.db.vendor.findUniqueOrThrow({ where: { id: vendorId } });
    const response = await patchVendor(
      apiRequest(`/api/v1/vendors/${vendorId}`, { method: "PATCH", token, body: { headquarters: "Boston\u0000", version: before.version } }),
      routeParams({ id: vendorId }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty("headquarters");
    expect(await testDb.db.vendor.findUniqueOrThrow({ where: { id: vendorId } })).toMatchObject({ headquarters: before.headquarters, version: before.version });
  });

  it("a NUL anywhere in a JSON body is refused before any schema, naming where", async () => {
    const response = await postTco(apiRequest("/api/v1/tco", { method: "POST", token, body: { termMonths: 12, extra: { deep: ["ok", "no\u0000"] } } }), routeParams({}));
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual({ "extra.deep.1": "Must not contain NUL characters." });
    const signIn = await issueToken(apiRequest("/api/v1/auth/token", { method: "POST", body: { email: "a@b.example", "pass\u0000word": "x" } }));
    expect(signIn.status).toBe(400);
  });

  it("a control character in a path parameter is a 400 naming it", async () => {
    for (const id of ["\u0000", `${vendorId}\u0000`, "\u001b"]) {
      const response = await getVendor(apiRequest(`/api/v1/vendors/${encodeURIComponent(id)}`, { token }), routeParams({ id }));
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toEqual({ id: "Must not contain control characters." });
    }
  });
});

describe("search matches text literally", () => {
  it.each([
    ["%", ["100% Billing"]],
    ["_", ["Under_Score RCM"]],
    ["\\", ["Back\\slash Coding"]],
    ["0%", ["100% Billing"]],
    ["plain", ["Plain Vendor"]],
  ])("q=%s", async (q, names) => {
    const { status, body } = await search(q);
    expect(status).toBe(200);
    expect(body.data.map((vendor: { name: string }) => vendor.name)).toEqual(names);
  });
});

describe("an unexpected error in a route handler", () => {
  it("is a JSON 500 with the request id, logged with its stack; the client never sees the stack", async () => {
    const logged = vi.spyOn(logger(), "error").mockImplementation(() => undefined);
    const route = publicApiRoute(async () => {
      throw new Error("secret internals at db.ts:42");
    });
    const request = apiRequest("/api/v1/anything");
    request.headers.set("x-request-id", "req-test-1");
    const response = await route(request, undefined);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: "internal", message: expect.stringContaining("request id"), requestId: "req-test-1" },
    });
    expect(text).not.toContain("secret internals");
    expect(logged).toHaveBeenCalledOnce();
    const [fields] = logged.mock.calls[0] as unknown as [{ err: Error; requestId: string }];
    expect(fields.requestId).toBe("req-test-1");
    expect(fields.err.stack).toContain("secret internals");
  });
});
