import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { NotFoundError, RuleViolationError, VersionConflictError } from "@/lib/server/domain-errors";
import { loadStoredEvaluation } from "@/lib/server/evaluations/load-stored-evaluation";
import { duplicateEvaluation } from "@/lib/server/mutations/duplicate-evaluation";
import { updateEvaluationWeights } from "@/lib/server/mutations/update-evaluation-weights";
import { evaluateStoredEvaluation } from "@/lib/evaluation/evaluate-evaluation";
import { EvaluationWeightsInputSchema } from "@/lib/schemas/evaluation-weights";
import { createBid } from "@/prisma/demo/builders/bid";
import { createEvaluation } from "@/prisma/demo/builders/evaluation";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
let procurement: AuthContext;
let stranger: AuthContext;
let evaluationId: string;

const authOf = (user: { id: string; email: string; name: string; role: AuthContext["role"]; organizationId: string }): AuthContext => ({
  userId: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  organizationId: user.organizationId,
  organizationName: "Test",
  via: "session",
});

const weights = { FIRST_PASS_RATE: 10, CODING_ACCURACY: 40, DENIAL_RATE: 10, COMPLIANCE_MATURITY: 10, CERTIFIED_STAFF_SHARE: 10, STAFF_TURNOVER: 5, TCO_PER_UNIT: 15 };

beforeAll(async () => {
  testDb = await createTestDb();
  const { db } = testDb;
  const org = await createOrganization(db);
  const other = await createOrganization(db);
  procurement = authOf(await createUser(db, { organizationId: org.id, role: "PROCUREMENT" }));
  stranger = authOf(await createUser(db, { organizationId: other.id, role: "PROCUREMENT" }));
  const vendor = await createVendor(db, { organizationId: org.id });
  const evaluation = await createEvaluation(db, {
    organizationId: org.id,
    status: "OPEN",
    assumptions: { reworkCostPerDenial: { low: 40, mode: 57.23, high: 118 } },
    functions: [{ function: "MEDICAL_CODING" }, { function: "AR_FOLLOW_UP", ranges: { volumePerMonth: { low: 800, mode: 1000, high: 1300 } } }],
  });
  evaluationId = evaluation.id;
  await createBid(db, {
    organizationId: org.id,
    evaluationId,
    vendorId: vendor.id,
    label: "Full scope",
    lines: evaluation.functions.map((f) => ({ evaluationFunctionId: f.id, denialRate: null, ranges: { codingAccuracy: { low: 0.9, mode: 0.95, high: 0.97 } } })),
  });
  await createBid(db, { organizationId: org.id, evaluationId, vendorId: vendor.id, label: "Withdrawn one", status: "WITHDRAWN", lines: [{ evaluationFunctionId: evaluation.functions[0].id }] });
});
afterAll(async () => testDb?.close());

describe("updateEvaluationWeights", () => {
  it("stores the weights, bumps the version and writes the audit event with before and after", async () => {
    const before = await testDb.db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    const { version } = await updateEvaluationWeights(testDb.db, procurement, evaluationId, { weights, version: before.version });
    expect(version).toBe(before.version + 1);
    const after = await testDb.db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(after.weights).toEqual(weights);
    const event = await testDb.db.auditEvent.findFirstOrThrow({ where: { entityId: evaluationId, action: "update-evaluation-weights" } });
    expect(event.actorId).toBe(procurement.userId);
    expect(event.after).toMatchObject({ weights, version });
    // The results use the saved weights.
    const results = evaluateStoredEvaluation((await loadStoredEvaluation(testDb.db, procurement.organizationId, evaluationId))!);
    expect(results.criteria.find((c) => c.key === "CODING_ACCURACY")?.weight).toBe(40);
  });

  it("refuses a stale version with a conflict and changes nothing", async () => {
    const current = await testDb.db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    await expect(updateEvaluationWeights(testDb.db, procurement, evaluationId, { weights: { ...weights, CODING_ACCURACY: 30, TCO_PER_UNIT: 25 }, version: current.version - 1 })).rejects.toBeInstanceOf(VersionConflictError);
    expect((await testDb.db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).version).toBe(current.version);
  });

  it("another organisation's evaluation is not found; a decided one is read-only", async () => {
    const current = await testDb.db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    await expect(updateEvaluationWeights(testDb.db, stranger, evaluationId, { weights, version: current.version })).rejects.toBeInstanceOf(NotFoundError);
    const decided = await createEvaluation(testDb.db, { organizationId: procurement.organizationId, status: "DECISION_RECORDED" });
    await expect(updateEvaluationWeights(testDb.db, procurement, decided.id, { weights, version: decided.version })).rejects.toBeInstanceOf(RuleViolationError);
  });

  it("the shared schema refuses weights that do not total 100 or are not whole percentages", () => {
    expect(EvaluationWeightsInputSchema.safeParse({ weights: { ...weights, TCO_PER_UNIT: 16 }, version: 1 }).error?.issues[0].message).toBe("The weights must total 100 %.");
    expect(EvaluationWeightsInputSchema.safeParse({ weights: { ...weights, TCO_PER_UNIT: 14.5, STAFF_TURNOVER: 5.5 }, version: 1 }).success).toBe(false);
    expect(EvaluationWeightsInputSchema.safeParse({ weights: { ...weights, EXTRA: 0 }, version: 1 }).success).toBe(false);
  });
});

describe("duplicateEvaluation", () => {
  it("copies scope, assumptions, weights and bids as a new draft whose results equal the original's", async () => {
    const { id } = await duplicateEvaluation(testDb.db, procurement, evaluationId);
    const copy = await testDb.db.evaluation.findUniqueOrThrow({ where: { id }, include: { bids: { include: { lines: true } }, functions: true } });
    expect(copy).toMatchObject({ status: "DRAFT", decidedBidId: null, organizationId: procurement.organizationId, createdById: procurement.userId });
    expect(copy.name).toMatch(/\(copy\)$/);
    expect(copy.bids.map((b) => [b.label, b.status]).sort()).toEqual([["Full scope", "SUBMITTED"], ["Withdrawn one", "WITHDRAWN"]]);
    // Lines point at the copy's own functions.
    const copyFunctionIds = new Set(copy.functions.map((f) => f.id));
    expect(copy.bids.flatMap((b) => b.lines).every((l) => copyFunctionIds.has(l.evaluationFunctionId))).toBe(true);

    const original = evaluateStoredEvaluation((await loadStoredEvaluation(testDb.db, procurement.organizationId, evaluationId))!);
    const duplicated = evaluateStoredEvaluation((await loadStoredEvaluation(testDb.db, procurement.organizationId, id))!);
    expect(duplicated.bids.map((b) => [b.label, b.tco, b.score, b.paybackMonth])).toEqual(original.bids.map((b) => [b.label, b.tco, b.score, b.paybackMonth]));
    expect(duplicated.tornado.map((t) => [t.label, t.tcoAtLow, t.tcoAtHigh])).toEqual(original.tornado.map((t) => [t.label, t.tcoAtLow, t.tcoAtHigh]));
    const event = await testDb.db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "duplicate-evaluation" } });
    expect(event.after).toMatchObject({ sourceEvaluationId: evaluationId, bids: 2 });
  });

  it("leaves the decision, its frozen snapshot and the approval behind", async () => {
    const decided = await createEvaluation(testDb.db, {
      organizationId: procurement.organizationId,
      status: "APPROVED",
      decisionRationale: "Chosen for its audited accuracy.",
      decidedById: procurement.userId,
      decidedAt: new Date(),
      decisionSnapshot: { format: 1, takenAt: new Date().toISOString(), stored: {} },
      reviewedById: procurement.userId,
      reviewedAt: new Date(),
      reviewComment: "Approved.",
      functions: [{ function: "MEDICAL_CODING" }],
    });
    const { id } = await duplicateEvaluation(testDb.db, procurement, decided.id);
    const copy = await testDb.db.evaluation.findUniqueOrThrow({ where: { id }, include: { functions: true } });
    expect(copy).toMatchObject({ status: "DRAFT", decidedBidId: null, decisionRationale: null, decidedById: null, decidedAt: null, decisionSnapshot: null, reviewedById: null, reviewedAt: null, reviewComment: null });
    expect(copy.functions.map((f) => f.function)).toEqual(["MEDICAL_CODING"]);
  });

  it("does not copy another organisation's evaluation", async () => {
    await expect(duplicateEvaluation(testDb.db, stranger, evaluationId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await testDb.db.evaluation.count({ where: { organizationId: stranger.organizationId } })).toBe(0);
  });
});
