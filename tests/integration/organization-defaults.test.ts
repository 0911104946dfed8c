import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetOrganizationDefaultsAction, saveOrganizationDefaultsAction } from "@/app/(app)/settings/defaults/actions";
import { POST as postEvaluation } from "@/app/api/v1/evaluations/route";
import { POST as postBid } from "@/app/api/v1/evaluations/[id]/bids/route";
import { POST as postOpen } from "@/app/api/v1/evaluations/[id]/open/route";
import { GET as getResults } from "@/app/api/v1/evaluations/[id]/results/route";
import { getEvaluationFormChoices } from "@/lib/server/queries/evaluation-form-data";
import { isFractionAssumption } from "@/lib/schemas/evaluation-form";
import { TABLE_ASSUMPTIONS } from "@/lib/schemas/organization-defaults";
import { DEFAULT_CRITERIA } from "@/lib/scoring/criteria";
import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES } from "@/lib/tco/assumptions";
import { percentInputFromFraction } from "@/lib/format";
import { createComplianceEvidence } from "@/prisma/demo/builders/compliance-evidence";
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
let vendorId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  callers = await createRoleCallers(testDb);
  vendorId = (await createVendor(testDb.db, { organizationId: callers.organizationId, name: "Coding Specialists", operatingModel: "SPECIALIZED" })).id;
  await createComplianceEvidence(testDb.db, { organizationId: callers.organizationId, vendorId, item: "SOC2_TYPE_II", level: "VERIFIED" });
  await createComplianceEvidence(testDb.db, { organizationId: callers.organizationId, vendorId, item: "HIPAA_BAA", level: "DOCUMENTED" });
});
afterAll(async () => testDb?.close());

/** The defaults form as the page shows it for MODEL.md's defaults, with `changes` typed over it. */
function defaultsForm(version: number, changes: Record<string, string> = {}) {
  const fields: Record<string, string> = { version: String(version), claimHaircut: "25" };
  for (const name of TABLE_ASSUMPTIONS) {
    const value = ASSUMPTION_DEFAULTS[name].value;
    fields[`assumptions.${name}.mode`] = isFractionAssumption(name) ? percentInputFromFraction(value) : String(value);
  }
  for (const criterion of DEFAULT_CRITERIA) fields[`weights.${criterion.key}`] = String(criterion.weight);
  return formData({ ...fields, ...changes });
}

const ownDefaults = {
  "assumptions.reworkCostPerDenial.low": "45",
  "assumptions.reworkCostPerDenial.mode": "64",
  "assumptions.reworkCostPerDenial.high": "120",
  "sources.reworkCostPerDenial": "Our 2026 denial-management cost study",
  claimHaircut: "40",
  "sources.claimHaircut": "Internal audit of vendor claims, 2025",
  "weights.FIRST_PASS_RATE": "10",
  "weights.CODING_ACCURACY": "30",
};

const organization = () => testDb.db.organization.findUniqueOrThrow({ where: { id: callers.organizationId } });
const json = async (response: Response) => ({ status: response.status, body: await response.json() });

const coding = {
  function: "MEDICAL_CODING",
  volumePerMonth: 10000,
  revenuePerUnit: 180,
  baselineDenialRate: 0.14,
  baselineReworkRate: 0.35,
  baselineOverturnRate: 0.54,
  baselineCodingAccuracy: 0.85,
  baselineFirstPassRate: 0.72,
  baselineMonthlyCost: 90000,
};

/** An evaluation created through the API with no assumptions or weights of its own, and one bid. */
async function newEvaluation(name: string) {
  const created = await json(await postEvaluation(apiRequest("/api/v1/evaluations", { method: "POST", token: callers.tokens.PROCUREMENT, body: { name, termMonths: 36, monteCarloSeed: 9, functions: [coding] } })));
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  expect((await postOpen(apiRequest(`/api/v1/evaluations/${id}/open`, { method: "POST", token: callers.tokens.PROCUREMENT, body: { version: created.body.version } }), routeParams({ id }))).status).toBe(200);
  const bid = await postBid(
    apiRequest(`/api/v1/evaluations/${id}/bids`, {
      method: "POST",
      token: callers.tokens.PROCUREMENT,
      body: { vendorId, label: "Offer", implementationFee: 50000, oversightPerMonth: 3000, fte: 20, turnoverRate: 0.3, lines: [{ function: "MEDICAL_CODING", pricing: { model: "PER_UNIT", rate: 6.5, monthlyMinimum: 0 }, commitments: { codingAccuracy: 0.97, denialRate: 0.06 } }] },
    }),
    routeParams({ id }),
  );
  expect(bid.status, JSON.stringify(await bid.clone().json())).toBe(201);
  return id;
}

const results = async (id: string) => (await json(await getResults(apiRequest(`/api/v1/evaluations/${id}/results`, { token: callers.tokens.EXECUTIVE }), routeParams({ id })))).body;

describe("organisation defaults", () => {
  let before: { id: string; assumptions: unknown; weights: unknown; results: unknown };

  it("start as MODEL.md's: nothing stored, and the new-evaluation form shows MODEL.md's figures with their sources", async () => {
    expect(await organization()).toMatchObject({ assumptions: {}, assumptionSources: {}, criterionWeights: {}, version: 1 });
    const { assumptions } = await getEvaluationFormChoices(callers.organizationId);
    expect(assumptions.find((a) => a.name === "reworkCostPerDenial")).toMatchObject({ value: 57.23, source: ASSUMPTION_DEFAULTS.reworkCostPerDenial.source });
    const id = await newEvaluation("Before the change");
    const row = await testDb.db.evaluation.findUniqueOrThrow({ where: { id } });
    before = { id, assumptions: row.assumptions, weights: row.weights, results: await results(id) };
    expect(row.assumptions).toMatchObject({ reworkCostPerDenial: 57.23, claimHaircut: 0.25 });
  });

  it("only an admin may change or reset them; nothing is written otherwise", async () => {
    for (const role of ["ANALYST", "PROCUREMENT", "EXECUTIVE"] as const) {
      actAs(callers.sessions[role]);
      expect((await saveOrganizationDefaultsAction(undefined, defaultsForm(1, ownDefaults))).error?.[""]).toEqual(["Your role does not allow this change; nothing was saved."]);
      expect(await resetOrganizationDefaultsAction({ version: 1 })).toEqual({ ok: false, message: "Your role does not allow this change; nothing was saved." });
    }
    expect(await organization()).toMatchObject({ assumptions: {}, version: 1 });
  });

  it("names the field on bad input: a new figure without its source, weights that do not total 100, a range upside down", async () => {
    actAs(callers.sessions.ADMIN);
    const reply = await saveOrganizationDefaultsAction(
      undefined,
      defaultsForm(1, { ...ownDefaults, "sources.reworkCostPerDenial": "  ", "weights.CODING_ACCURACY": "25", "assumptions.departureCost.low": "9000", "assumptions.departureCost.high": "12000" }),
    );
    expect(reply.error?.["sources.reworkCostPerDenial"]).toEqual(["Say where this figure comes from: publisher and year, or your own analysis."]);
    expect(reply.error?.weights).toEqual(["The weights must total 100 %."]);
    expect(reply.error?.["assumptions.departureCost.low"]).toEqual(["The low end cannot exceed the likely value."]);
    expect(await organization()).toMatchObject({ assumptions: {}, version: 1 });
  });

  it("saves what departs from MODEL.md's with its source, audited with before and after", async () => {
    actAs(callers.sessions.ADMIN);
    expect(await redirectTarget(saveOrganizationDefaultsAction(undefined, defaultsForm(1, ownDefaults)))).toBe("/settings/defaults?done=saved");
    const row = await organization();
    expect(row).toMatchObject({
      version: 2,
      assumptions: { reworkCostPerDenial: { low: 45, mode: 64, high: 120 }, claimHaircut: 0.4 },
      assumptionSources: { reworkCostPerDenial: "Our 2026 denial-management cost study", claimHaircut: "Internal audit of vendor claims, 2025" },
      criterionWeights: { FIRST_PASS_RATE: 10, CODING_ACCURACY: 30, DENIAL_RATE: 15, COMPLIANCE_MATURITY: 15, CERTIFIED_STAFF_SHARE: 10, STAFF_TURNOVER: 5, TCO_PER_UNIT: 15 },
    });
    expect(Object.keys(row.assumptions as object).sort()).toEqual(["claimHaircut", "reworkCostPerDenial"]);
    const event = await testDb.db.auditEvent.findFirstOrThrow({ where: { organizationId: callers.organizationId, action: "update-organization-defaults" } });
    expect(event).toMatchObject({ entityType: "Organization", entityId: callers.organizationId, before: { assumptions: {}, version: 1 }, after: { version: 2, assumptions: { claimHaircut: 0.4 } } });
  });

  it("refuses a save from a stale page and says who changed the defaults", async () => {
    actAs(callers.sessions.ADMIN);
    const stale = await saveOrganizationDefaultsAction(undefined, defaultsForm(1, { "assumptions.departureCost.mode": "9000", "sources.departureCost": "HR study" }));
    expect(stale.reload).toBe(true);
    expect(stale.error?.[""]?.[0]).toMatch(/^Pat admin \(admin-.*@own\.example\) changed this organisation's defaults on .*Nothing was saved/);
    expect((await organization()).version).toBe(2);
  });

  it("pre-fills new evaluations, which store them whole, with the organisation's source shown", async () => {
    const { assumptions } = await getEvaluationFormChoices(callers.organizationId);
    expect(assumptions.find((a) => a.name === "reworkCostPerDenial")).toMatchObject({ value: { low: 45, mode: 64, high: 120 }, source: "Organisation default: Our 2026 denial-management cost study" });
    expect(assumptions.find((a) => a.name === "undercodeShare")).toMatchObject({ value: 0.5, source: ASSUMPTION_DEFAULTS.undercodeShare.source });
    const id = await newEvaluation("After the change");
    const row = await testDb.db.evaluation.findUniqueOrThrow({ where: { id } });
    expect(Object.keys(row.assumptions as object)).toHaveLength(ASSUMPTION_NAMES.length);
    expect(row.assumptions).toMatchObject({ reworkCostPerDenial: { low: 45, mode: 64, high: 120 }, claimHaircut: 0.4, undercodeShare: 0.5 });
    expect(row.weights).toMatchObject({ FIRST_PASS_RATE: 10, CODING_ACCURACY: 30 });
    expect((await results(id)).bids[0].tco).not.toBe((before.results as { bids: { tco: number }[] }).bids[0].tco);
  });

  it("never moves an existing evaluation: its stored assumptions, weights and results are what they were", async () => {
    const row = await testDb.db.evaluation.findUniqueOrThrow({ where: { id: before.id } });
    expect(row.assumptions).toEqual(before.assumptions);
    expect(row.weights).toEqual(before.weights);
    expect(await results(before.id)).toEqual(before.results);
  });

  it("'Reset to MODEL.md defaults' stores nothing again, audited, and leaves existing evaluations alone", async () => {
    actAs(callers.sessions.ADMIN);
    expect(await resetOrganizationDefaultsAction({ version: 1 })).toMatchObject({ ok: false, reload: true });
    expect(await redirectTarget(resetOrganizationDefaultsAction({ version: 2 }))).toBe("/settings/defaults?done=reset");
    expect(await organization()).toMatchObject({ assumptions: {}, assumptionSources: {}, criterionWeights: {}, version: 3 });
    expect(await testDb.db.auditEvent.count({ where: { organizationId: callers.organizationId, action: "reset-organization-defaults" } })).toBe(1);
    expect(await results(before.id)).toEqual(before.results);
    const id = await newEvaluation("After the reset");
    expect((await testDb.db.evaluation.findUniqueOrThrow({ where: { id } })).assumptions).toMatchObject({ reworkCostPerDenial: 57.23, claimHaircut: 0.25 });
  });
});
