import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createVendorAction } from "@/app/(app)/vendors/new/actions";
import { archiveVendorAction, removeVendorAction, restoreVendorAction } from "@/app/(app)/vendors/[id]/lifecycle-actions";
import { POST as postVendor } from "@/app/api/v1/vendors/route";
import { DELETE as deleteVendor } from "@/app/api/v1/vendors/[id]/route";
import { createBid } from "@/prisma/demo/builders/bid";
import { createEvaluation } from "@/prisma/demo/builders/evaluation";
import { createMetricObservation } from "@/prisma/demo/builders/metric-observation";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { useAsAppDb } from "@/tests/setup/app-db";
import { formData, redirectTarget } from "@/tests/setup/form-data";
import { actAs } from "@/tests/setup/next-request-context";
import { createRoleCallers, type RoleCallers } from "@/tests/setup/role-sessions";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

vi.mock("next/headers", () => import("@/tests/setup/next-request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let testDb: TestDb;
let callers: RoleCallers;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  callers = await createRoleCallers(testDb);
});
afterAll(async () => testDb?.close());

const newVendorForm = (name: string) =>
  formData({ name, operatingModel: "AI_HYBRID", aiUse: "AUTONOMOUS", functionsServed: ["MEDICAL_TRANSCRIPTION", "PAYMENT_POSTING"], fte: "40", annualTurnoverRate: "35", website: "", headquarters: "Austin, Texas", description: "" });
const auditOf = (entityId: string) => testDb.db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

describe("creating a vendor", () => {
  it("from the form: stored with turnover as a fraction, audited, and the analyst lands on its page", async () => {
    actAs(callers.sessions.ANALYST);
    const target = await redirectTarget(createVendorAction(undefined, newVendorForm("Scribe Flow")));
    const vendor = await testDb.db.vendor.findFirstOrThrow({ where: { organizationId: callers.organizationId, name: "Scribe Flow" } });
    expect(target).toBe(`/vendors/${vendor.id}`);
    expect(vendor).toMatchObject({ operatingModel: "AI_HYBRID", aiUse: "AUTONOMOUS", fte: 40, website: null, version: 1 });
    expect(Number(vendor.annualTurnoverRate)).toBe(0.35);
    expect((await auditOf(vendor.id)).map((event) => event.action)).toEqual(["create-vendor"]);
  });

  it("refuses the Executive, and a name the organisation already uses lands on the name field", async () => {
    actAs(callers.sessions.EXECUTIVE);
    expect((await createVendorAction(undefined, newVendorForm("Exec Vendor"))).error?.[""]?.[0]).toMatch(/role does not allow/);
    actAs(callers.sessions.ANALYST);
    expect((await createVendorAction(undefined, newVendorForm("Scribe Flow"))).error).toEqual({ name: ["Another vendor already has this name."] });
    expect(await testDb.db.vendor.count({ where: { name: { in: ["Exec Vendor"] } } })).toBe(0);
  });

  it("through POST /api/v1/vendors: 201 with the vendor, 403 for the Executive, 400 naming bad fields", async () => {
    const body = { name: "Api Coders", operatingModel: "SPECIALIZED", functionsServed: ["MEDICAL_CODING"], annualTurnoverRate: 0.2 };
    const created = await postVendor(apiRequest("/api/v1/vendors", { method: "POST", token: callers.tokens.ADMIN, body }));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ name: "Api Coders", aiUse: "HUMAN_IN_THE_LOOP", annualTurnoverRate: 0.2, archivedAt: null, version: 1 });
    expect((await postVendor(apiRequest("/api/v1/vendors", { method: "POST", token: callers.tokens.EXECUTIVE, body: { ...body, name: "X" } }))).status).toBe(403);
    const invalid = await postVendor(apiRequest("/api/v1/vendors", { method: "POST", token: callers.tokens.ANALYST, body: { name: "", functionsServed: [] } }));
    expect(invalid.status).toBe(400);
    expect(Object.keys((await invalid.json()).error.fields).sort()).toEqual(["functionsServed", "name", "operatingModel"]);
    const duplicate = await postVendor(apiRequest("/api/v1/vendors", { method: "POST", token: callers.tokens.ANALYST, body }));
    expect(duplicate.status).toBe(409);
  });
});

describe("archiving, restoring and deleting a vendor", () => {
  it("archives and restores at the version the analyst saw, each with an audit event", async () => {
    const vendor = await createVendor(testDb.db, { organizationId: callers.organizationId });
    actAs(callers.sessions.ANALYST);
    expect((await archiveVendorAction(vendor.id, undefined, formData({ version: 1 }))).notice).toMatch(/^Archived/);
    expect((await testDb.db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).archivedAt).not.toBeNull();
    // A second click on a page loaded before the archive is a conflict, not a second change.
    expect((await archiveVendorAction(vendor.id, undefined, formData({ version: 1 }))).reload).toBe(true);
    await restoreVendorAction(vendor.id, undefined, formData({ version: 2 }));
    expect(await testDb.db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toMatchObject({ archivedAt: null, version: 3 });
    const events = await auditOf(vendor.id);
    expect(events.map((event) => event.action)).toEqual(["archive-vendor", "restore-vendor"]);
    expect(events[0].after).toMatchObject({ archivedAt: expect.any(String) });
  });

  it("deletes a vendor without bids, with its observations", async () => {
    const vendor = await createVendor(testDb.db, { organizationId: callers.organizationId });
    await createMetricObservation(testDb.db, { organizationId: callers.organizationId, vendorId: vendor.id });
    actAs(callers.sessions.ANALYST);
    expect(await redirectTarget(removeVendorAction(vendor.id, undefined, formData({ version: 1 })))).toBe("/vendors");
    expect(await testDb.db.vendor.findUnique({ where: { id: vendor.id } })).toBeNull();
    expect(await testDb.db.metricObservation.count({ where: { vendorId: vendor.id } })).toBe(0);
    expect((await auditOf(vendor.id)).map((event) => event.action)).toEqual(["delete-vendor"]);
  });

  it("archives, never deletes, a vendor that a bid references — from the form and from DELETE /api/v1/vendors/{id}", async () => {
    const evaluation = await createEvaluation(testDb.db, { organizationId: callers.organizationId, monteCarloSeed: 1 });
    for (const remove of ["form", "api"] as const) {
      const vendor = await createVendor(testDb.db, { organizationId: callers.organizationId });
      await createBid(testDb.db, { organizationId: callers.organizationId, evaluationId: evaluation.id, vendorId: vendor.id });
      if (remove === "form") {
        actAs(callers.sessions.ANALYST);
        expect((await removeVendorAction(vendor.id, undefined, formData({ version: 1 }))).notice).toMatch(/archived instead of deleted/);
      } else {
        const response = await deleteVendor(apiRequest(`/api/v1/vendors/${vendor.id}`, { method: "DELETE", token: callers.tokens.ANALYST }), routeParams({ id: vendor.id }));
        expect(await response.json()).toEqual({ id: vendor.id, outcome: "archived" });
      }
      expect((await testDb.db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).archivedAt).not.toBeNull();
    }
  });

  it("refuses the Executive and treats another organisation's vendor as not found", async () => {
    const vendor = await createVendor(testDb.db, { organizationId: callers.organizationId });
    const theirs = await createVendor(testDb.db, { organizationId: callers.otherOrganizationId });
    actAs(callers.sessions.EXECUTIVE);
    for (const action of [archiveVendorAction, removeVendorAction]) {
      expect((await action(vendor.id, undefined, formData({ version: 1 }))).error?.[""]?.[0]).toMatch(/role does not allow/);
    }
    actAs(callers.sessions.ANALYST);
    expect((await removeVendorAction(theirs.id, undefined, formData({ version: 1 }))).error?.[""]?.[0]).toMatch(/not found/);
    const api = await deleteVendor(apiRequest(`/api/v1/vendors/${theirs.id}`, { method: "DELETE", token: callers.tokens.ANALYST }), routeParams({ id: theirs.id }));
    expect(api.status).toBe(404);
    expect((await deleteVendor(apiRequest(`/api/v1/vendors/${vendor.id}`, { method: "DELETE", token: callers.tokens.EXECUTIVE }), routeParams({ id: vendor.id }))).status).toBe(403);
    expect(await testDb.db.vendor.count({ where: { id: { in: [vendor.id, theirs.id] }, archivedAt: null } })).toBe(2);
  });
});
