import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getVendor, PATCH as patchVendor } from "@/app/api/v1/vendors/[id]/route";
import { assertSameOrigin } from "@/lib/server/api/same-origin";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { SESSION_COOKIE } from "@/lib/server/auth/session-cookie";
import { createSession } from "@/lib/server/auth/sessions";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { useAsAppDb } from "@/tests/setup/app-db";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
let cookie: string;
let token: string;
let vendorId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const org = await createOrganization(testDb.db);
  const analyst = await createUser(testDb.db, { organizationId: org.id, role: "ANALYST" });
  cookie = `${SESSION_COOKIE}=${(await createSession(testDb.db, analyst.id, null)).token}`;
  token = (await issueApiToken(testDb.db, analyst, "test")).token;
  vendorId = (await createVendor(testDb.db, { organizationId: org.id, name: "Target Vendor" })).id;
});
afterAll(async () => testDb?.close());

async function patchName(name: string, credentials: { cookie?: string; token?: string }, headers: Record<string, string>) {
  const current = await testDb.db.vendor.findUniqueOrThrow({ where: { id: vendorId } });
  const request = apiRequest(`http://localhost/api/v1/vendors/${vendorId}`, { method: "PATCH", ...credentials, body: { name, version: current.version } });
  request.headers.set("host", "localhost");
  for (const [header, value] of Object.entries(headers)) request.headers.set(header, value);
  return patchVendor(request, routeParams({ id: vendorId }));
}

const vendorName = async () => (await testDb.db.vendor.findUniqueOrThrow({ where: { id: vendorId } })).name;

describe("a cookie-signed state-changing API request", () => {
  it("from another origin is refused with 403 and changes nothing", async () => {
    const before = await vendorName();
    const attempts: Record<string, string>[] = [{ origin: "https://evil.example" }, { referer: "https://evil.example/page" }, {}, { origin: "null" }];
    for (const headers of attempts) {
      const response = await patchName("Changed by evil", { cookie }, headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect((await response.json()).error.code).toBe("cross_origin_request");
    }
    expect(await vendorName()).toBe(before);
  });

  it("from the app's own pages (Origin, or Referer when there is no Origin) is applied", async () => {
    expect((await patchName("Renamed via Origin", { cookie }, { origin: "http://localhost" })).status).toBe(200);
    expect((await patchName("Renamed via Referer", { cookie }, { referer: "http://localhost/vendors/x/edit" })).status).toBe(200);
    expect(await vendorName()).toBe("Renamed via Referer");
  });

  it("reads are not affected, and neither are bearer-token requests", async () => {
    const read = apiRequest(`/api/v1/vendors/${vendorId}`, { cookie });
    read.headers.set("origin", "https://evil.example");
    expect((await getVendor(read, routeParams({ id: vendorId }))).status).toBe(200);
    expect((await patchName("Renamed by a script", { token }, { origin: "https://evil.example" })).status).toBe(200);
  });
});

describe("with APP_ORIGIN set", () => {
  const request = (headers: Record<string, string>) => {
    const r = new Request("http://internal:3000/api/v1/vendors/x", { method: "DELETE", headers: { host: "internal:3000", ...headers } });
    return () => assertSameOrigin(r, "https://bpo.example.org");
  };
  it("only that exact origin is accepted", () => {
    expect(request({ origin: "https://bpo.example.org" })).not.toThrow();
    expect(request({ referer: "https://bpo.example.org/vendors" })).not.toThrow();
    for (const origin of ["http://bpo.example.org", "https://bpo.example.org.evil.example", "https://evil.example", "http://internal:3000"]) {
      expect(request({ origin }), origin).toThrow(/own pages/);
    }
  });
});
