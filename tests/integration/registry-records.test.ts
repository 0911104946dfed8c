import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addMetricObservationAction, correctMetricObservationAction, removeMetricObservationAction } from "@/app/(app)/vendors/[id]/metrics/actions";
import { addComplianceEvidenceAction, removeComplianceEvidenceAction, updateComplianceEvidenceAction } from "@/app/(app)/vendors/[id]/evidence/actions";
import { setStaffCertificationsAction } from "@/app/(app)/vendors/[id]/certifications/actions";
import { GET as listMetrics, POST as postMetric } from "@/app/api/v1/vendors/[id]/metrics/route";
import { DELETE as deleteMetric, PATCH as patchMetric } from "@/app/api/v1/metrics/[id]/route";
import { POST as postEvidence } from "@/app/api/v1/vendors/[id]/evidence/route";
import { DELETE as deleteEvidence, PATCH as patchEvidence } from "@/app/api/v1/evidence/[id]/route";
import { GET as getCertifications, PUT as putCertifications } from "@/app/api/v1/vendors/[id]/certifications/route";
import type { Vendor } from "@/lib/generated/prisma/client";
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
let vendor: Vendor;
let theirVendor: Vendor;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  callers = await createRoleCallers(testDb);
  vendor = await createVendor(testDb.db, { organizationId: callers.organizationId });
  theirVendor = await createVendor(testDb.db, { organizationId: callers.otherOrganizationId });
});
afterAll(async () => testDb?.close());

const api = (path: string, method: string, token: string, body?: unknown) => apiRequest(path, { method, token, body });
const events = (entityId: string) => testDb.db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
const formError = (reply: { error?: Record<string, string[] | null> | null }) => reply.error?.[""]?.[0];

describe("metric observations", () => {
  const observationForm = (fields: Record<string, string> = {}) =>
    formData({ metric: "CODING_ACCURACY", value: "96.8", asOf: "2026-08-29", source: "AUDITED", measurementBasis: "CLAIM", note: "", ...fields });

  it("are added from the form in percent, stored as fractions, entered by the analyst and audited", async () => {
    actAs(callers.sessions.ANALYST);
    expect(await redirectTarget(addMetricObservationAction(vendor.id, undefined, observationForm()))).toBe(`/vendors/${vendor.id}#metric-CODING_ACCURACY`);
    const saved = await testDb.db.metricObservation.findFirstOrThrow({ where: { vendorId: vendor.id, source: "AUDITED" } });
    expect(Number(saved.value)).toBe(0.968);
    expect(saved).toMatchObject({ measurementBasis: "CLAIM", asOf: new Date("2026-08-29T00:00:00Z"), version: 1 });
    expect(saved.enteredById).not.toBeNull();
    expect((await events(saved.id)).map((event) => event.action)).toEqual(["add-metric-observation"]);
  });

  it("refuse a second figure for the same metric, day and source, a basis the metric has no use for, and a future date", async () => {
    actAs(callers.sessions.ANALYST);
    expect((await addMetricObservationAction(vendor.id, undefined, observationForm())).error).toEqual({ asOf: [expect.stringMatching(/already has a figure/)] });
    const reply = await addMetricObservationAction(vendor.id, undefined, observationForm({ metric: "DENIAL_RATE", measurementBasis: "CLAIM", asOf: "2999-01-01", value: "120" }));
    expect(reply.error).toMatchObject({ asOf: ["The date the figure is for cannot be in the future."] });
    const basis = await addMetricObservationAction(vendor.id, undefined, observationForm({ metric: "DENIAL_RATE", measurementBasis: "CLAIM", asOf: "2026-01-01", value: "120" }));
    expect(basis.error).toEqual({ value: ["Initial denial rate cannot be above 100 %."], measurementBasis: [expect.stringMatching(/^Initial denial rate is measured as: HFMA MAP Key definition/)] });
  });

  it("are corrected at the version loaded; a stale correction names who saved first", async () => {
    const observation = await testDb.db.metricObservation.findFirstOrThrow({ where: { vendorId: vendor.id, source: "AUDITED" } });
    actAs(callers.sessions.ADMIN);
    await redirectTarget(correctMetricObservationAction(observation.id, undefined, observationForm({ value: "97", version: "1" })));
    actAs(callers.sessions.ANALYST);
    const stale = await correctMetricObservationAction(observation.id, undefined, observationForm({ value: "95", version: "1" }));
    expect(stale.reload).toBe(true);
    expect(formError(stale)).toMatch(/^Pat admin \(admin-.+@own\.example\) changed this metric observation on /);
    const [, correction] = await events(observation.id);
    expect(correction).toMatchObject({ action: "correct-metric-observation", before: { value: "0.968" }, after: { value: "0.97" } });
  });

  it("go through the API in fractions: list, add, patch and delete, 409 when stale", async () => {
    const created = await postMetric(api(`/api/v1/vendors/${vendor.id}/metrics`, "POST", callers.tokens.ANALYST, { metric: "DENIAL_RATE", value: 0.052, asOf: "2026-09-30", source: "CLIENT_MEASURED", measurementBasis: "HFMA_MAP_KEY" }), routeParams({ id: vendor.id }));
    expect(created.status).toBe(201);
    const observation = await created.json();
    expect(observation).toMatchObject({ value: 0.052, asOf: "2026-09-30", version: 1 });
    const patched = await patchMetric(api(`/api/v1/metrics/${observation.id}`, "PATCH", callers.tokens.ANALYST, { value: 0.049, version: 1 }), routeParams({ id: observation.id }));
    expect(await patched.json()).toMatchObject({ value: 0.049, metric: "DENIAL_RATE", measurementBasis: "HFMA_MAP_KEY", version: 2 });
    const stale = await patchMetric(api(`/api/v1/metrics/${observation.id}`, "PATCH", callers.tokens.ANALYST, { value: 0.5, version: 1 }), routeParams({ id: observation.id }));
    expect(stale.status).toBe(409);
    const list = await (await listMetrics(api(`/api/v1/vendors/${vendor.id}/metrics?limit=1`, "GET", callers.tokens.EXECUTIVE), routeParams({ id: vendor.id }))).json();
    expect(list.data).toHaveLength(1);
    expect(list.nextCursor).toEqual(expect.any(String));
    const next = await (await listMetrics(api(`/api/v1/vendors/${vendor.id}/metrics?limit=1&cursor=${list.nextCursor}`, "GET", callers.tokens.EXECUTIVE), routeParams({ id: vendor.id }))).json();
    expect(next.data[0].id).not.toBe(list.data[0].id);
    expect((await deleteMetric(api(`/api/v1/metrics/${observation.id}?version=2`, "DELETE", callers.tokens.ANALYST), routeParams({ id: observation.id }))).status).toBe(204);
    expect(await testDb.db.metricObservation.findUnique({ where: { id: observation.id } })).toBeNull();
  });

  it("are refused to the Executive and invisible to another organisation", async () => {
    const observation = await testDb.db.metricObservation.findFirstOrThrow({ where: { vendorId: vendor.id } });
    actAs(callers.sessions.EXECUTIVE);
    expect(formError(await addMetricObservationAction(vendor.id, undefined, observationForm({ asOf: "2026-02-02" })))).toMatch(/role does not allow/);
    expect(formError(await removeMetricObservationAction(observation.id, undefined, formData({ version: observation.version })))).toMatch(/role does not allow/);
    expect((await postMetric(api(`/api/v1/vendors/${vendor.id}/metrics`, "POST", callers.tokens.EXECUTIVE, {}), routeParams({ id: vendor.id }))).status).toBe(403);
    actAs(callers.sessions.OTHER_ANALYST);
    expect(formError(await addMetricObservationAction(vendor.id, undefined, observationForm({ asOf: "2026-02-02" })))).toMatch(/Vendor not found/);
    expect(formError(await removeMetricObservationAction(observation.id, undefined, formData({ version: observation.version })))).toMatch(/not found/);
    expect((await patchMetric(api(`/api/v1/metrics/${observation.id}`, "PATCH", callers.tokens.OTHER_ANALYST, { version: 1 }), routeParams({ id: observation.id }))).status).toBe(404);
    expect((await listMetrics(api(`/api/v1/vendors/${vendor.id}/metrics`, "GET", callers.tokens.OTHER_ANALYST), routeParams({ id: vendor.id }))).status).toBe(404);
    expect(await testDb.db.metricObservation.findUnique({ where: { id: observation.id } })).not.toBeNull();
    expect(await testDb.db.metricObservation.count({ where: { asOf: new Date("2026-02-02T00:00:00Z") } })).toBe(0);
  });

  it("are removed from the form with their audit event keeping what they said", async () => {
    const observation = await testDb.db.metricObservation.findFirstOrThrow({ where: { vendorId: vendor.id } });
    actAs(callers.sessions.ANALYST);
    expect(await redirectTarget(removeMetricObservationAction(observation.id, undefined, formData({ version: observation.version })))).toBe(`/vendors/${vendor.id}#metrics`);
    const removal = (await events(observation.id)).at(-1);
    expect(removal).toMatchObject({ action: "remove-metric-observation", before: { id: observation.id, metric: observation.metric } });
  });
});

describe("compliance evidence", () => {
  const evidenceForm = (fields: Record<string, string> = {}) =>
    formData({ item: "SOC2_TYPE_II", level: "DOCUMENTED", effectiveDate: "2026-06-30", periodStart: "2025-07-01", periodEnd: "2026-06-30", documentRef: "soc2-2026.pdf", documentIssuer: "Baker & Co. CPAs", notes: "", ...fields });

  it("is added with its expiry derived and its document reference, and a SOC 2 counts from its period's end", async () => {
    actAs(callers.sessions.ANALYST);
    const wrongStart = await addComplianceEvidenceAction(vendor.id, undefined, evidenceForm({ effectiveDate: "2026-07-15" }));
    expect(wrongStart.error).toEqual({ effectiveDate: ["A SOC 2 Type II report counts from the end of its period: use the period's end date."] });
    expect(await redirectTarget(addComplianceEvidenceAction(vendor.id, undefined, evidenceForm()))).toBe(`/vendors/${vendor.id}#compliance-evidence`);
    const saved = await testDb.db.complianceEvidence.findFirstOrThrow({ where: { vendorId: vendor.id } });
    expect(saved).toMatchObject({ expiresAt: new Date("2027-06-30T00:00:00Z"), documentRef: "soc2-2026.pdf", documentIssuer: "Baker & Co. CPAs", periodStart: new Date("2025-07-01T00:00:00Z") });
    expect((await events(saved.id)).map((event) => event.action)).toEqual(["add-compliance-evidence"]);
  });

  it("is corrected and removed at its version, from the form and the API; others are refused", async () => {
    const evidence = await testDb.db.complianceEvidence.findFirstOrThrow({ where: { vendorId: vendor.id } });
    actAs(callers.sessions.ANALYST);
    await redirectTarget(updateComplianceEvidenceAction(evidence.id, undefined, evidenceForm({ level: "VERIFIED", version: "1" })));
    const patched = await patchEvidence(api(`/api/v1/evidence/${evidence.id}`, "PATCH", callers.tokens.ANALYST, { item: "HITRUST_CSF", periodStart: null, periodEnd: null, version: 2 }), routeParams({ id: evidence.id }));
    expect(await patched.json()).toMatchObject({ item: "HITRUST_CSF", level: "VERIFIED", effectiveDate: "2026-06-30", expiresAt: "2028-06-30", version: 3 });
    expect((await patchEvidence(api(`/api/v1/evidence/${evidence.id}`, "PATCH", callers.tokens.EXECUTIVE, { version: 3 }), routeParams({ id: evidence.id }))).status).toBe(403);
    expect((await deleteEvidence(api(`/api/v1/evidence/${evidence.id}`, "DELETE", callers.tokens.OTHER_ANALYST), routeParams({ id: evidence.id }))).status).toBe(404);
    actAs(callers.sessions.EXECUTIVE);
    expect(formError(await removeComplianceEvidenceAction(evidence.id, undefined, formData({ version: 3 })))).toMatch(/role does not allow/);
    actAs(callers.sessions.ANALYST);
    expect((await removeComplianceEvidenceAction(evidence.id, undefined, formData({ version: 2 }))).reload).toBe(true);
    await redirectTarget(removeComplianceEvidenceAction(evidence.id, undefined, formData({ version: 3 })));
    expect((await events(evidence.id)).map((event) => event.action)).toEqual(["add-compliance-evidence", "update-compliance-evidence", "update-compliance-evidence", "remove-compliance-evidence"]);
  });

  it("cannot be added to another organisation's vendor, through the form or the API", async () => {
    actAs(callers.sessions.ANALYST);
    expect(formError(await addComplianceEvidenceAction(theirVendor.id, undefined, evidenceForm()))).toMatch(/Vendor not found/);
    const response = await postEvidence(api(`/api/v1/vendors/${theirVendor.id}/evidence`, "POST", callers.tokens.ANALYST, { item: "HIPAA_BAA", level: "CLAIMED", effectiveDate: "2026-01-01" }), routeParams({ id: theirVendor.id }));
    expect(response.status).toBe(404);
    expect(await testDb.db.complianceEvidence.count({ where: { vendorId: theirVendor.id } })).toBe(0);
  });
});

describe("staff certification counts", () => {
  const countsForm = (fields: Record<string, string> = {}) =>
    formData({ asOf: "2026-10-01", totalStaff: "200", certifiedStaff: "", "counts.CPC": "120", "counts.CCS": "30", "counts.RHIT": "", "counts.RHIA": "4", "counts.RN": "10", version: "0", ...fields });

  it("are set as of a date with the staff total, replacing the earlier counts as a whole", async () => {
    actAs(callers.sessions.ANALYST);
    await redirectTarget(setStaffCertificationsAction(vendor.id, undefined, countsForm()));
    const first = await (await getCertifications(api(`/api/v1/vendors/${vendor.id}/certifications`, "GET", callers.tokens.EXECUTIVE), routeParams({ id: vendor.id }))).json();
    expect(first).toEqual({ asOf: "2026-10-01", totalStaff: 200, certifiedStaff: null, counts: { CPC: 120, CCS: 30, RHIT: 0, RHIA: 4, RN: 10 }, certifiedShare: 0.82, certifiedShareExact: false, version: 1 });
    const second = await putCertifications(
      api(`/api/v1/vendors/${vendor.id}/certifications`, "PUT", callers.tokens.ADMIN, { asOf: "2026-11-01", totalStaff: 210, certifiedStaff: 140, counts: { CPC: 130, RN: 12 }, version: 1 }),
      routeParams({ id: vendor.id }),
    );
    expect(await second.json()).toMatchObject({ certifiedShare: 140 / 210, certifiedShareExact: true, counts: { CPC: 130, CCS: 0, RN: 12 }, version: 2 });
    const trail = await events(vendor.id);
    expect(trail.filter((event) => event.action === "set-staff-certifications")).toHaveLength(2);
  });

  it("refuse counts above the staff total, a stale version, the Executive and another organisation", async () => {
    actAs(callers.sessions.ANALYST);
    expect((await setStaffCertificationsAction(vendor.id, undefined, countsForm({ "counts.CPC": "500", version: "2" }))).error).toEqual({ "counts.CPC": ["More CPC holders than staff in total."] });
    const stale = await setStaffCertificationsAction(vendor.id, undefined, countsForm({ version: "1" }));
    expect(formError(stale)).toMatch(/^Pat admin .+ changed this staff certification record on /);
    actAs(callers.sessions.EXECUTIVE);
    expect(formError(await setStaffCertificationsAction(vendor.id, undefined, countsForm({ version: "2" })))).toMatch(/role does not allow/);
    actAs(callers.sessions.OTHER_ANALYST);
    expect(formError(await setStaffCertificationsAction(vendor.id, undefined, countsForm({ version: "2" })))).toMatch(/Vendor not found/);
    expect((await getCertifications(api(`/api/v1/vendors/${vendor.id}/certifications`, "GET", callers.tokens.OTHER_ANALYST), routeParams({ id: vendor.id }))).status).toBe(404);
    expect((await testDb.db.staffCensus.findUniqueOrThrow({ where: { vendorId: vendor.id } })).version).toBe(2);
  });
});
