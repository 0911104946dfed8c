import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getVendor, PATCH as patchVendor } from "@/app/api/v1/vendors/[id]/route";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import type { Role } from "@/lib/generated/prisma/enums";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { useAsAppDb } from "@/tests/setup/app-db";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
const tokens = {} as Record<Role | "OTHER_ANALYST", string>;
let vendorId: string;
let otherVendorId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const { db } = testDb;
  const org = await createOrganization(db, { slug: "own" });
  const other = await createOrganization(db, { slug: "other" });
  for (const role of ["ADMIN", "ANALYST", "PROCUREMENT", "EXECUTIVE"] as const) {
    const user = await createUser(db, { organizationId: org.id, role });
    tokens[role] = (await issueApiToken(db, user, "test")).token;
  }
  const otherAnalyst = await createUser(db, { organizationId: other.id, role: "ANALYST" });
  tokens.OTHER_ANALYST = (await issueApiToken(db, otherAnalyst, "test")).token;
  vendorId = (await createVendor(db, { organizationId: org.id, name: "Acme RCM", operatingModel: "GENERALIST" })).id;
  otherVendorId = (await createVendor(db, { organizationId: other.id, name: "Their Vendor" })).id;
});
afterAll(async () => testDb?.close());

const patch = (id: string, token: string, body: unknown) =>
  patchVendor(apiRequest(`/api/v1/vendors/${id}`, { method: "PATCH", token, body }), routeParams({ id }));
const get = (id: string, token: string) => getVendor(apiRequest(`/api/v1/vendors/${id}`, { token }), routeParams({ id }));

describe("PATCH /api/v1/vendors/:id", () => {
  it("lets an analyst edit, bumps the version and writes the audit trail with before and after", async () => {
    const current = await (await get(vendorId, tokens.ANALYST)).json();
    const response = await patch(vendorId, tokens.ANALYST, { operatingModel: "SPECIALIZED", annualTurnoverRate: 0.22, version: current.version });
    expect(response.status).toBe(200);
    const updated = await response.json();
    expect(updated).toMatchObject({ operatingModel: "SPECIALIZED", annualTurnoverRate: 0.22, version: current.version + 1 });

    const event = await testDb.db.auditEvent.findFirstOrThrow({ where: { entityId: vendorId, action: "update-vendor" } });
    expect(event.before).toMatchObject({ operatingModel: "GENERALIST" });
    expect(event.after).toMatchObject({ operatingModel: "SPECIALIZED" });
  });

  it("leaves the fields a PATCH does not send as they were (no defaults applied to an edit)", async () => {
    const vendor = await createVendor(testDb.db, { organizationId: (await testDb.db.vendor.findUniqueOrThrow({ where: { id: vendorId } })).organizationId, aiUse: "AUTONOMOUS", description: "Kept as written." });
    const response = await patch(vendor.id, tokens.ANALYST, { fte: 42, version: vendor.version });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ fte: 42, aiUse: "AUTONOMOUS", description: "Kept as written.", name: vendor.name });
  });

  it("refuses roles that may not edit vendors with 403 and changes nothing", async () => {
    const before = await (await get(vendorId, tokens.EXECUTIVE)).json();
    for (const role of ["EXECUTIVE", "PROCUREMENT"] as const) {
      const response = await patch(vendorId, tokens[role], { name: "Forged", version: before.version });
      expect(response.status).toBe(403);
    }
    expect(await (await get(vendorId, tokens.ANALYST)).json()).toMatchObject({ name: before.name, version: before.version });
  });

  it("answers 409 to an edit of an outdated version, and one of two simultaneous edits wins", async () => {
    const { version } = await (await get(vendorId, tokens.ANALYST)).json();
    const [first, second] = await Promise.all([
      patch(vendorId, tokens.ANALYST, { fte: 100, version }),
      patch(vendorId, tokens.ADMIN, { fte: 200, version }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect((await loser.json()).error.code).toBe("version_conflict");
    const stale = await patch(vendorId, tokens.ANALYST, { fte: 300, version });
    expect(stale.status).toBe(409);
  });

  it("answers 400 naming each invalid field, and writes nothing", async () => {
    const before = await (await get(vendorId, tokens.ANALYST)).json();
    const response = await patch(vendorId, tokens.ANALYST, { name: "", annualTurnoverRate: -1, functionsServed: [], version: before.version });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(Object.keys(error.fields).sort()).toEqual(["annualTurnoverRate", "functionsServed", "name"]);
    expect(await (await get(vendorId, tokens.ANALYST)).json()).toEqual(before);
  });

  it("answers 409 when the new name belongs to another vendor of the organisation", async () => {
    const { db } = testDb;
    const vendor = await db.vendor.findUniqueOrThrow({ where: { id: vendorId } });
    await createVendor(db, { organizationId: vendor.organizationId, name: "Taken Name" });
    const response = await patch(vendorId, tokens.ANALYST, { name: "Taken Name", version: vendor.version });
    expect(response.status).toBe(409);
    expect((await response.json()).error.fields).toHaveProperty("name");
  });

  it("treats another organisation's vendor as not found, for reading and for editing", async () => {
    expect((await get(otherVendorId, tokens.ANALYST)).status).toBe(404);
    expect((await patch(otherVendorId, tokens.ANALYST, { name: "Mine now", version: 1 })).status).toBe(404);
    expect((await get(vendorId, tokens.OTHER_ANALYST)).status).toBe(404);
    const theirs = await testDb.db.vendor.findUniqueOrThrow({ where: { id: otherVendorId } });
    expect(theirs.name).toBe("Their Vendor");
  });
});
