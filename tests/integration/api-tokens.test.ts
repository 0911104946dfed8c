import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteToken } from "@/app/api/v1/tokens/[id]/route";
import { GET as listTokens, POST as postToken } from "@/app/api/v1/tokens/route";
import { GET as listVendors } from "@/app/api/v1/vendors/route";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import type { Role } from "@/lib/generated/prisma/enums";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { useAsAppDb } from "@/tests/setup/app-db";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
const tokens = {} as Record<Role | "OTHER_ADMIN", string>;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const { db } = testDb;
  const org = await createOrganization(db);
  const other = await createOrganization(db);
  for (const role of ["ADMIN", "ANALYST", "PROCUREMENT", "EXECUTIVE"] as const) {
    tokens[role] = (await issueApiToken(db, await createUser(db, { organizationId: org.id, role }), "sign-in")).token;
  }
  tokens.OTHER_ADMIN = (await issueApiToken(db, await createUser(db, { organizationId: other.id, role: "ADMIN" }), "sign-in")).token;
});
afterAll(async () => testDb?.close());

const create = (token: string | undefined, body: unknown) => postToken(apiRequest("/api/v1/tokens", { method: "POST", token, body }));
const revoke = (id: string, token: string | undefined) => deleteToken(apiRequest(`/api/v1/tokens/${id}`, { method: "DELETE", token }), routeParams({ id }));
const vendors = (token: string) => listVendors(apiRequest("/api/v1/vendors", { token }));

describe("/api/v1/tokens", () => {
  it("the admin creates a named token that works at once, lists it without its value, and revokes it: the next call is 401", async () => {
    const created = await create(tokens.ADMIN, { name: "Power BI", role: "EXECUTIVE", lifetime: "30" });
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({ name: "Power BI", role: "EXECUTIVE", token: expect.stringMatching(/^bpo_/) });
    expect((await vendors(body.token)).status).toBe(200);

    const list = await (await listTokens(apiRequest("/api/v1/tokens", { token: tokens.ADMIN }))).json();
    expect(list.data.map((t: { name: string }) => t.name)).toEqual(["Power BI"]);
    expect(JSON.stringify(list)).not.toContain(body.token);

    expect((await revoke(body.id, tokens.ADMIN)).status).toBe(204);
    const refused = await vendors(body.token);
    expect(refused.status).toBe(401);
  });

  it("other roles get 403, another organisation's admin 404 and sees none of ours, nobody 401; bad input is 400", async () => {
    const inSixtyDays = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const created = await create(tokens.ADMIN, { name: "nightly import", role: "ANALYST", lifetime: "date", expiresOn: inSixtyDays });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    for (const role of ["ANALYST", "PROCUREMENT", "EXECUTIVE"] as const) {
      expect((await create(tokens[role], { name: "x", role, lifetime: "30" })).status).toBe(403);
      expect((await listTokens(apiRequest("/api/v1/tokens", { token: tokens[role] }))).status).toBe(403);
      expect((await revoke(id, tokens[role])).status).toBe(403);
    }
    expect((await revoke(id, tokens.OTHER_ADMIN)).status).toBe(404);
    expect((await (await listTokens(apiRequest("/api/v1/tokens", { token: tokens.OTHER_ADMIN }))).json()).data).toEqual([]);
    expect((await revoke(id, undefined)).status).toBe(401);
    const bad = await create(tokens.ADMIN, { name: "", role: "OWNER", lifetime: "7" });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["lifetime", "name", "role"]);
    // The token's far expiry was refused: a token lives a year at most.
    expect((await create(tokens.ADMIN, { name: "forever", role: "ANALYST", lifetime: "date", expiresOn: "2099-01-01" })).status).toBe(422);
  });
});
