import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { GET as listVendors } from "@/app/api/v1/vendors/route";
import { createSession } from "@/lib/server/auth/sessions";
import { SESSION_COOKIE } from "@/lib/server/auth/session-cookie";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser, DEFAULT_TEST_PASSWORD } from "@/prisma/demo/builders/user";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { useAsAppDb } from "@/tests/setup/app-db";
import { apiRequest } from "@/tests/setup/api-request";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
let ownVendorName: string;
const email = "analyst@own.example";

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const { db } = testDb;
  const own = await createOrganization(db, { name: "Own Hospital", slug: "own" });
  const other = await createOrganization(db, { name: "Other Hospital", slug: "other" });
  await createUser(db, { organizationId: own.id, role: "ANALYST", email });
  await createUser(db, { organizationId: own.id, role: "EXECUTIVE", email: "gone@own.example", deactivatedAt: new Date() });
  ownVendorName = (await createVendor(db, { organizationId: own.id, name: "Own Vendor" })).name;
  await createVendor(db, { organizationId: other.id, name: "Other Vendor" });
});
afterAll(async () => testDb?.close());

async function tokenFor(body: unknown) {
  return issueToken(apiRequest("/api/v1/auth/token", { method: "POST", body }));
}

describe("POST /api/v1/auth/token", () => {
  it("issues a bearer token that every /api/v1 route accepts, scoped to the user's organisation", async () => {
    const response = await tokenFor({ email: "Analyst@Own.example ", password: DEFAULT_TEST_PASSWORD });
    expect(response.status).toBe(200);
    const { token, expiresAt } = await response.json();
    expect(token).toMatch(/^bpo_/);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());

    const list = await listVendors(apiRequest("/api/v1/vendors", { token }), { params: Promise.resolve({}) });
    expect(list.status).toBe(200);
    const names = (await list.json()).data.map((vendor: { name: string }) => vendor.name);
    expect(names).toEqual([ownVendorName]);
  });

  it("answers a wrong password and an unknown email with the same 401", async () => {
    const wrongPassword = await tokenFor({ email, password: "wrong" });
    const unknownEmail = await tokenFor({ email: "nobody@own.example", password: DEFAULT_TEST_PASSWORD });
    const deactivated = await tokenFor({ email: "gone@own.example", password: DEFAULT_TEST_PASSWORD });
    for (const response of [wrongPassword, unknownEmail, deactivated]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { code: "invalid_credentials", message: "The email and password do not match an account." },
      });
    }
  });

  it("refuses malformed JSON and missing fields with 400 naming the field", async () => {
    const malformed = await issueToken(apiRequest("/api/v1/auth/token", { method: "POST", rawBody: "{email:" }));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe("invalid_json");

    const missing = await tokenFor({ password: "x" });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fields).toHaveProperty("email");
  });
});

describe("authentication of /api/v1", () => {
  it("answers 401 JSON without credentials, with an unknown token or an unknown session", async () => {
    for (const request of [
      apiRequest("/api/v1/vendors"),
      apiRequest("/api/v1/vendors", { token: "bpo_not-a-token" }),
      apiRequest("/api/v1/vendors", { cookie: `${SESSION_COOKIE}=bs_not-a-session` }),
    ]) {
      const response = await listVendors(request, { params: Promise.resolve({}) });
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe("unauthenticated");
    }
  });

  it("accepts a session cookie and refuses an expired session", async () => {
    const { db } = testDb;
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const { token } = await createSession(db, user.id, "vitest");
    const ok = await listVendors(apiRequest("/api/v1/vendors", { cookie: `${SESSION_COOKIE}=${token}` }), { params: Promise.resolve({}) });
    expect(ok.status).toBe(200);

    await db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await listVendors(apiRequest("/api/v1/vendors", { cookie: `${SESSION_COOKIE}=${token}` }), { params: Promise.resolve({}) });
    expect(expired.status).toBe(401);
  });

  it("stores only a hash of tokens and sessions", async () => {
    const response = await tokenFor({ email, password: DEFAULT_TEST_PASSWORD });
    const { token } = await response.json();
    const rows = await testDb.db.apiToken.findMany();
    expect(rows.some((row) => row.tokenHash === token || row.tokenHash.includes(token))).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.tokenHash))).toBe(true);
  });
});

describe("password guessing", () => {
  it("answers 429 with Retry-After once an account has too many failures, even to the right password", async () => {
    const { db } = testDb;
    const org = await db.organization.findFirstOrThrow({ where: { slug: "own" } });
    await createUser(db, { organizationId: org.id, role: "ANALYST", email: "target@own.example" });
    for (let i = 0; i < 5; i++) {
      const response = await tokenFor({ email: "target@own.example", password: `guess-${i}` });
      expect(response.status).toBe(401);
    }
    const blocked = await tokenFor({ email: "target@own.example", password: DEFAULT_TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await blocked.json()).error.code).toBe("too_many_attempts");
    // Other accounts are unaffected.
    expect((await tokenFor({ email, password: DEFAULT_TEST_PASSWORD })).status).toBe(200);
  });
});
