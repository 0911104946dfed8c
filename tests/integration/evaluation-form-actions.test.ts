import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEvaluationAction } from "@/app/(app)/evaluations/new/actions";
import { updateEvaluationAction } from "@/app/(app)/evaluations/[id]/edit/actions";
import { createBidAction, duplicateBidAction, removeBidAction, updateBidAction } from "@/app/(app)/evaluations/[id]/bids/actions";
import { GET as getBid } from "@/app/api/v1/bids/[id]/route";
import { bidFormDefaults } from "@/components/evaluations/bid-form-defaults";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { openEvaluationAction, recordDecisionAction, reopenEvaluationAction, reviewDecisionAction } from "@/app/(app)/evaluations/[id]/decision/actions";
import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES } from "@/lib/tco/assumptions";
import { isFractionAssumption } from "@/lib/schemas/evaluation-form";
import { percentInputFromFraction } from "@/lib/format";
import { createComplianceEvidence } from "@/prisma/demo/builders/compliance-evidence";
import { createVendor } from "@/prisma/demo/builders/vendor";
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
  const organizationId = callers.organizationId;
  vendorId = (await createVendor(testDb.db, { organizationId, name: "Coding Specialists", operatingModel: "SPECIALIZED" })).id;
  await createComplianceEvidence(testDb.db, { organizationId, vendorId, item: "SOC2_TYPE_II", level: "VERIFIED" });
  await createComplianceEvidence(testDb.db, { organizationId, vendorId, item: "HIPAA_BAA", level: "DOCUMENTED" });
});
afterAll(async () => testDb?.close());

/** Every assumption as the form shows it pre-filled (MODEL.md's defaults, percent where a fraction). */
function assumptionFields(): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of ASSUMPTION_NAMES) {
    const value = ASSUMPTION_DEFAULTS[name].value;
    fields[`assumptions.${name}.mode`] = isFractionAssumption(name) ? percentInputFromFraction(value) : String(value);
  }
  return fields;
}

/** A form's nested default values as the browser posts them: "lines[0].rate.low" = "4". */
function flattenForm(value: unknown, prefix = ""): Record<string, string> {
  if (Array.isArray(value)) return Object.assign({}, ...value.map((item, i) => flattenForm(item, `${prefix}[${i}]`)));
  if (typeof value === "object" && value !== null) return Object.assign({}, ...Object.entries(value).map(([key, item]) => flattenForm(item, prefix ? `${prefix}.${key}` : key)));
  return value === undefined || value === "" ? {} : { [prefix]: String(value) };
}

const evaluationForm = (changes: Record<string, string> = {}) =>
  formData({
    name: "Coding re-sourcing",
    description: "",
    termMonths: "24",
    monteCarloSeed: "77",
    "functions[0].function": "MEDICAL_CODING",
    "functions[0].volumePerMonth.mode": "10000",
    "functions[0].revenuePerUnit.mode": "180",
    "functions[0].baselineMonthlyCost.mode": "90000",
    "functions[0].baselineDenialRate.low": "11",
    "functions[0].baselineDenialRate.mode": "14",
    "functions[0].baselineDenialRate.high": "16",
    "functions[0].baselineCodingAccuracy.mode": "85",
    "functions[0].baselineFirstPassRate.mode": "72",
    "functions[0].baselineReworkRate.mode": "35",
    "functions[0].baselineOverturnRate.mode": "54",
    ...assumptionFields(),
    "assumptions.claimHaircut.mode": "30",
    ...changes,
  });

describe("the evaluation form actions", () => {
  let evaluationId: string;

  it("the Executive and the Analyst are refused; nothing is written", async () => {
    for (const role of ["EXECUTIVE", "ANALYST"] as const) {
      actAs(callers.sessions[role]);
      const reply = await createEvaluationAction(undefined, evaluationForm());
      expect(reply.error?.[""]).toEqual(["Your role does not allow this change; nothing was saved."]);
    }
    expect(await testDb.db.evaluation.count({ where: { organizationId: callers.organizationId } })).toBe(0);
  });

  it("keeps what was typed and names the field on bad input", async () => {
    actAs(callers.sessions.PROCUREMENT);
    const reply = await createEvaluationAction(undefined, evaluationForm({ "functions[0].baselineDenialRate.high": "", "functions[0].volumePerMonth.mode": "" }));
    expect(reply.error?.["functions[0].baselineDenialRate.high"]).toEqual(["Enter both ends of the range, or neither for a single value."]);
    expect(reply.error?.["functions[0].volumePerMonth.mode"]).toEqual(["Enter the monthly volume."]);
    expect((reply.initialValue as { name?: string }).name).toBe("Coding re-sourcing");
    expect(await testDb.db.evaluation.count({ where: { organizationId: callers.organizationId } })).toBe(0);
  });

  it("creates a draft: percentages stored as fractions, a range kept, every assumption stored with the one changed", async () => {
    actAs(callers.sessions.PROCUREMENT);
    const target = await redirectTarget(createEvaluationAction(undefined, evaluationForm()));
    evaluationId = target.split("/").pop()!;
    const row = await testDb.db.evaluation.findUniqueOrThrow({ where: { id: evaluationId }, include: { functions: true } });
    expect(row).toMatchObject({ status: "DRAFT", termMonths: 24, monteCarloSeed: 77, assumptions: { claimHaircut: 0.3, undercodeShare: 0.5 } });
    expect(Object.keys(row.assumptions as object)).toHaveLength(ASSUMPTION_NAMES.length);
    expect(Number(row.functions[0].baselineDenialRate)).toBe(0.14);
    expect(row.functions[0].ranges).toEqual({ baselineDenialRate: { low: 0.11, mode: 0.14, high: 0.16 } });
  });

  it("edits at the version loaded; a stale form is told to reload", async () => {
    actAs(callers.sessions.PROCUREMENT);
    const target = await redirectTarget(updateEvaluationAction(evaluationId, undefined, evaluationForm({ version: "1", name: "Coding re-sourcing 2027" })));
    expect(target).toBe(`/evaluations/${evaluationId}`);
    const stale = await updateEvaluationAction(evaluationId, undefined, evaluationForm({ version: "1", name: "Lost" }));
    expect(stale.reload).toBe(true);
    expect((await testDb.db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).name).toBe("Coding re-sourcing 2027");
  });

  it("runs the whole flow through the page actions: open, bid, duplicate, remove, decide, return, decide, approve, reopen", async () => {
    actAs(callers.sessions.EXECUTIVE);
    expect(await openEvaluationAction(evaluationId, { version: 2 })).toMatchObject({ ok: false, message: "Your role does not allow this change; nothing was saved." });
    actAs(callers.sessions.PROCUREMENT);
    expect(await openEvaluationAction(evaluationId, { version: 2 })).toEqual({ ok: true, value: { version: 3 } });

    const bidForm = formData({
      vendorId,
      label: "Initial offer",
      status: "SUBMITTED",
      implementationFee: "50000",
      oversightPerMonth: "3000",
      fte: "20",
      turnoverRate: "25",
      notes: "",
      "lines[0].function": "MEDICAL_CODING",
      "lines[0].covered": "on",
      "lines[0].pricingModel": "PERCENT_OF_COLLECTIONS",
      "lines[0].rate.mode": "4.5",
      "lines[0].commitments.codingAccuracy.mode": "97",
    });
    actAs(callers.sessions.EXECUTIVE);
    expect((await createBidAction(evaluationId, undefined, bidForm)).error?.[""]).toEqual(["Your role does not allow this change; nothing was saved."]);
    actAs(callers.sessions.PROCUREMENT);
    expect(await redirectTarget(createBidAction(evaluationId, undefined, bidForm))).toBe(`/evaluations/${evaluationId}/bids`);
    const bid = await testDb.db.bid.findFirstOrThrow({ where: { evaluationId }, include: { lines: true } });
    expect(Number(bid.turnoverRate)).toBe(0.25);
    expect(Number(bid.lines[0].rate)).toBe(0.045);
    expect(Number(bid.lines[0].codingAccuracy)).toBe(0.97);
    expect(bid.lines[0].denialRate).toBeNull();

    const copyTarget = await redirectTarget(duplicateBidAction(bid.id, {}));
    const copyId = copyTarget.split("/").at(-2)!;
    expect(await removeBidAction(copyId, { version: 1 })).toMatchObject({ ok: true });

    // Bid changes bump the evaluation's version too, so a decision taken on a stale view is refused.
    const version = async () => String((await testDb.db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).version);
    const decide = async (rationale: string, at?: string) => recordDecisionAction(evaluationId, undefined, formData({ bidId: bid.id, rationale, version: at ?? (await version()) }));
    expect((await decide("The only qualified offer, with a firm accuracy commitment.", "3")).error?.[""]?.[0]).toMatch(/changed this evaluation/);
    expect((await decide("Too short.")).error?.rationale?.[0]).toMatch(/at least 20 characters/);
    actAs(callers.sessions.EXECUTIVE);
    expect((await decide("The only qualified offer, with a firm accuracy commitment.")).error?.[""]).toEqual(["Your role does not allow this change; nothing was saved."]);
    actAs(callers.sessions.PROCUREMENT);
    expect((await decide("The only qualified offer, with a firm accuracy commitment.")).status).toBe("success");

    const review = async (outcome: string, comment: string) => reviewDecisionAction(evaluationId, undefined, formData({ outcome, comment, version: await version() }));
    expect((await review("APPROVE", "")).error?.[""]).toEqual(["Your role does not allow this change; nothing was saved."]);
    actAs(callers.sessions.EXECUTIVE);
    expect((await review("RETURN", "")).error?.comment?.[0]).toMatch(/Say what must change/);
    expect((await review("RETURN", "Add a second bidder first.")).status).toBe("success");
    actAs(callers.sessions.PROCUREMENT);
    expect((await decide("Still the only qualified offer after a second call for bids.")).status).toBe("success");
    actAs(callers.sessions.EXECUTIVE);
    expect((await review("APPROVE", "")).status).toBe("success");
    expect((await reopenEvaluationAction(evaluationId, undefined, formData({ comment: "A new bidder asked to join.", version: await version() }))).error?.[""]).toEqual(["Your role does not allow this change; nothing was saved."]);
    actAs(callers.sessions.PROCUREMENT);
    expect((await reopenEvaluationAction(evaluationId, undefined, formData({ comment: "A new bidder asked to join.", version: await version() }))).status).toBe("success");
    const after = await testDb.db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(after).toMatchObject({ status: "OPEN", decidedBidId: null, reviewedById: null, decisionSnapshot: null });
  });

  it("a ranged price survives editing the bid through the form, and a share of collections is typed in percent at each end", async () => {
    actAs(callers.sessions.PROCUREMENT);
    const created = formData({
      vendorId,
      label: "Ranged offer",
      status: "SUBMITTED",
      implementationFee: "0",
      oversightPerMonth: "0",
      notes: "",
      "lines[0].function": "MEDICAL_CODING",
      "lines[0].covered": "on",
      "lines[0].pricingModel": "PERCENT_OF_COLLECTIONS",
      "lines[0].rate.low": "4",
      "lines[0].rate.mode": "4.5",
      "lines[0].rate.high": "5.5",
      "lines[0].monthlyMinimum.low": "0",
      "lines[0].monthlyMinimum.mode": "1000",
      "lines[0].monthlyMinimum.high": "2500",
    });
    expect(await redirectTarget(createBidAction(evaluationId, undefined, created))).toBe(`/evaluations/${evaluationId}/bids`);
    const { id } = await testDb.db.bid.findFirstOrThrow({ where: { evaluationId, label: "Ranged offer" } });
    const pricing = async () => (await (await getBid(apiRequest(`/api/v1/bids/${id}`, { token: callers.tokens.PROCUREMENT }), routeParams({ id }))).json()).lines[0].pricing;
    const stored = await pricing();
    expect(stored).toEqual({ model: "PERCENT_OF_COLLECTIONS", rate: { low: 0.04, mode: 0.045, high: 0.055 }, monthlyMinimum: { low: 0, mode: 1000, high: 2500 } });

    // The edit page's form as the browser would post it back unchanged.
    const shape = await (await getBid(apiRequest(`/api/v1/bids/${id}`, { token: callers.tokens.PROCUREMENT }), routeParams({ id }))).json();
    const defaults = bidFormDefaults([{ function: "MEDICAL_CODING" }], shape);
    expect(await redirectTarget(updateBidAction(id, undefined, formData(flattenForm(defaults))))).toBe(`/evaluations/${evaluationId}/bids`);
    expect(await pricing()).toEqual(stored);

    const tooHigh = await updateBidAction(id, undefined, formData({ ...flattenForm(defaults), "lines[0].rate.high": "120" }));
    expect(tooHigh.error?.["lines[0].rate.high"]).toEqual(["A share of collections is at most 100 %."]);
  });

  it("another organisation's evaluation is not found", async () => {
    actAs(callers.sessions.OTHER_ANALYST);
    expect(await openEvaluationAction(evaluationId, { version: 1 })).toMatchObject({ ok: false });
  });
});
