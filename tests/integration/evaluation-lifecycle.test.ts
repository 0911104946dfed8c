import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listEvaluations, POST as postEvaluation } from "@/app/api/v1/evaluations/route";
import { GET as getEvaluation, PATCH as patchEvaluation } from "@/app/api/v1/evaluations/[id]/route";
import { GET as listBids, POST as postBid } from "@/app/api/v1/evaluations/[id]/bids/route";
import { DELETE as deleteBid, GET as getBid, PATCH as patchBid } from "@/app/api/v1/bids/[id]/route";
import { POST as postOpen } from "@/app/api/v1/evaluations/[id]/open/route";
import { POST as postDecision } from "@/app/api/v1/evaluations/[id]/decision/route";
import { POST as postApproval } from "@/app/api/v1/evaluations/[id]/approval/route";
import { POST as postReopen } from "@/app/api/v1/evaluations/[id]/reopen/route";
import { GET as getResults } from "@/app/api/v1/evaluations/[id]/results/route";
import { authContextOf } from "@/lib/server/auth/auth-context";
import { duplicateBid } from "@/lib/server/mutations/duplicate-bid";
import { createComplianceEvidence } from "@/prisma/demo/builders/compliance-evidence";
import { createMetricObservation } from "@/prisma/demo/builders/metric-observation";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { useAsAppDb } from "@/tests/setup/app-db";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { createRoleCallers, type Caller, type RoleCallers } from "@/tests/setup/role-sessions";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
let callers: RoleCallers;
let specialistId: string;
let generalistId: string;
let archivedVendorId: string;
let otherVendorId: string;

const as = (caller: Caller) => callers.tokens[caller];
const json = async (response: Response) => ({ status: response.status, body: await response.json() });
const withId = (id: string) => routeParams({ id });

const api = {
  create: (caller: Caller, body: unknown) => postEvaluation(apiRequest("/api/v1/evaluations", { method: "POST", token: as(caller), body })).then(json),
  list: (caller: Caller, query = "") => listEvaluations(apiRequest(`/api/v1/evaluations${query}`, { token: as(caller) })).then(json),
  get: (caller: Caller, id: string) => getEvaluation(apiRequest(`/api/v1/evaluations/${id}`, { token: as(caller) }), withId(id)).then(json),
  patch: (caller: Caller, id: string, body: unknown) => patchEvaluation(apiRequest(`/api/v1/evaluations/${id}`, { method: "PATCH", token: as(caller), body }), withId(id)).then(json),
  open: (caller: Caller, id: string, body: unknown) => postOpen(apiRequest(`/api/v1/evaluations/${id}/open`, { method: "POST", token: as(caller), body }), withId(id)).then(json),
  addBid: (caller: Caller, id: string, body: unknown) => postBid(apiRequest(`/api/v1/evaluations/${id}/bids`, { method: "POST", token: as(caller), body }), withId(id)).then(json),
  bids: (caller: Caller, id: string) => listBids(apiRequest(`/api/v1/evaluations/${id}/bids`, { token: as(caller) }), withId(id)).then(json),
  getBid: (caller: Caller, id: string) => getBid(apiRequest(`/api/v1/bids/${id}`, { token: as(caller) }), withId(id)).then(json),
  patchBid: (caller: Caller, id: string, body: unknown) => patchBid(apiRequest(`/api/v1/bids/${id}`, { method: "PATCH", token: as(caller), body }), withId(id)).then(json),
  deleteBid: (caller: Caller, id: string, version: number) => deleteBid(apiRequest(`/api/v1/bids/${id}?version=${version}`, { method: "DELETE", token: as(caller) }), withId(id)).then(json),
  decide: (caller: Caller, id: string, body: unknown) => postDecision(apiRequest(`/api/v1/evaluations/${id}/decision`, { method: "POST", token: as(caller), body }), withId(id)).then(json),
  review: (caller: Caller, id: string, body: unknown) => postApproval(apiRequest(`/api/v1/evaluations/${id}/approval`, { method: "POST", token: as(caller), body }), withId(id)).then(json),
  reopen: (caller: Caller, id: string, body: unknown) => postReopen(apiRequest(`/api/v1/evaluations/${id}/reopen`, { method: "POST", token: as(caller), body }), withId(id)).then(json),
  results: (caller: Caller, id: string) => getResults(apiRequest(`/api/v1/evaluations/${id}/results`, { token: as(caller) }), withId(id)).then(json),
};

const coding = {
  function: "MEDICAL_CODING",
  volumePerMonth: { low: 9000, mode: 10000, high: 11000 },
  revenuePerUnit: 180,
  baselineDenialRate: 0.14,
  baselineReworkRate: 0.35,
  baselineOverturnRate: 0.54,
  baselineCodingAccuracy: 0.85,
  baselineFirstPassRate: 0.72,
  baselineMonthlyCost: 90000,
};
const denials = { ...coding, function: "COMPLEX_CLAIMS_DENIALS", volumePerMonth: 2000, revenuePerUnit: 1500, baselineMonthlyCost: 40000 };

const newEvaluation = (overrides: Record<string, unknown> = {}) => ({
  name: "Coding and denials re-sourcing",
  description: "Two functions, three bidders.",
  termMonths: 36,
  monteCarloSeed: 1234,
  functions: [coding, denials],
  assumptions: { reworkCostPerDenial: { low: 43.84, mode: 57.23, high: 118 }, claimHaircut: 0.25 },
  ...overrides,
});

const bidBody = (vendorId: string, label: string, overrides: Record<string, unknown> = {}) => ({
  vendorId,
  label,
  implementationFee: 60000,
  oversightPerMonth: 4000,
  fte: 25,
  turnoverRate: 0.3,
  lines: [
    { function: "MEDICAL_CODING", pricing: { model: "PER_UNIT", rate: 6.5, monthlyMinimum: 50000 }, commitments: { codingAccuracy: { low: 0.95, mode: 0.97, high: 0.98 }, denialRate: 0.06 } },
    { function: "COMPLEX_CLAIMS_DENIALS", pricing: { model: "PER_HOUR", rate: 38, hoursPerMonth: 1500 } },
  ],
  ...overrides,
});

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  callers = await createRoleCallers(testDb);
  const { db } = testDb;
  const organizationId = callers.organizationId;
  specialistId = (await createVendor(db, { organizationId, name: "Specialist RCM", operatingModel: "SPECIALIZED" })).id;
  generalistId = (await createVendor(db, { organizationId, name: "Generalist BPO", operatingModel: "GENERALIST" })).id;
  archivedVendorId = (await createVendor(db, { organizationId, name: "Gone BPO", archivedAt: new Date() })).id;
  otherVendorId = (await createVendor(db, { organizationId: callers.otherOrganizationId, name: "Their vendor" })).id;
  for (const vendorId of [specialistId, generalistId]) {
    await createComplianceEvidence(db, { organizationId, vendorId, item: "SOC2_TYPE_II", level: "VERIFIED" });
    await createComplianceEvidence(db, { organizationId, vendorId, item: "HIPAA_BAA", level: "DOCUMENTED" });
    await createMetricObservation(db, { organizationId, vendorId, metric: "FIRST_PASS_RATE", value: vendorId === specialistId ? "0.92" : "0.74", source: "AUDITED" });
  }
});
afterAll(async () => testDb?.close());

describe("creating and editing an evaluation", () => {
  it("Procurement and Admin create drafts; the Analyst and the Executive are refused with 403 and nothing is written", async () => {
    for (const caller of ["ANALYST", "EXECUTIVE"] as const) expect((await api.create(caller, newEvaluation())).status).toBe(403);
    expect(await testDb.db.evaluation.count({ where: { organizationId: callers.organizationId } })).toBe(0);

    const admin = await api.create("ADMIN", newEvaluation({ name: "Admin's draft", monteCarloSeed: undefined }));
    expect(admin.status).toBe(201);
    expect(admin.body.monteCarloSeed).toEqual(expect.any(Number));

    const created = await api.create("PROCUREMENT", newEvaluation());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "DRAFT", termMonths: 36, monteCarloSeed: 1234, version: 1, decision: null });
    // Ranges round-trip; the evaluation stores every assumption: its own, else the defaults of the day.
    expect(created.body.functions.find((f: { function: string }) => f.function === "MEDICAL_CODING")).toMatchObject({ volumePerMonth: { low: 9000, mode: 10000, high: 11000 }, baselineDenialRate: 0.14 });
    expect(created.body.assumptions).toMatchObject({ reworkCostPerDenial: { low: 43.84, mode: 57.23, high: 118 }, claimHaircut: 0.25, rampMonths: 6 });
    expect(Object.keys(created.body.assumptions)).toHaveLength(13);
    const event = await testDb.db.auditEvent.findFirstOrThrow({ where: { entityId: created.body.id, action: "create-evaluation" } });
    expect(event.actorEmail).toMatch(/^procurement-/);
  });

  it("refuses bad input with the field named, and writes nothing", async () => {
    const before = await testDb.db.evaluation.count();
    const tooShort = await api.create("PROCUREMENT", newEvaluation({ functions: [] }));
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.fields.functions).toBe("Pick at least one function in scope.");
    const twice = await api.create("PROCUREMENT", newEvaluation({ functions: [coding, coding] }));
    expect(twice.body.error.fields.functions).toBe("Each function may be in scope once.");
    const badRange = await api.create("PROCUREMENT", newEvaluation({ functions: [{ ...coding, baselineDenialRate: { low: 0.2, mode: 0.1, high: 0.3 } }] }));
    expect(badRange.status).toBe(400);
    expect(await testDb.db.evaluation.count()).toBe(before);
  });

  it("edits with the version read; a stale version is 409; another organisation's evaluation is 404", async () => {
    const created = (await api.create("PROCUREMENT", newEvaluation({ name: "To edit" }))).body;
    const edited = await api.patch("PROCUREMENT", created.id, { name: "Edited", functions: [coding], version: created.version });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: "Edited", version: created.version + 1 });
    expect(edited.body.functions.map((f: { function: string }) => f.function)).toEqual(["MEDICAL_CODING"]);
    const stale = await api.patch("PROCUREMENT", created.id, { name: "Lost update", version: created.version });
    expect(stale.status).toBe(409);
    expect((await api.get("PROCUREMENT", created.id)).body.name).toBe("Edited");
    expect((await api.patch("EXECUTIVE", created.id, { name: "No", version: created.version + 1 })).status).toBe(403);
    expect((await api.get("OTHER_ANALYST", created.id)).status).toBe(404);
  });

  it("lists by status with search, every role may read", async () => {
    const drafts = await api.list("EXECUTIVE", "?status=draft&q=to%20edit");
    expect(drafts.status).toBe(200);
    expect(drafts.body.data.map((e: { name: string }) => e.name)).toEqual([]);
    const edited = await api.list("ANALYST", "?status=draft&q=edited");
    expect(edited.body.data.map((e: { name: string }) => e.name)).toEqual(["Edited"]);
    expect((await api.list("ANALYST", "?status=closed")).status).toBe(400);
    expect((await api.list("OTHER_ANALYST")).body).toEqual({ data: [], nextCursor: null });
  });
});

describe("bids and the status flow", () => {
  let evaluationId: string;
  let version: number;
  let specialistBid: { id: string; version: number };
  let generalistBid: { id: string; version: number };

  it("a draft takes no bids until Procurement opens it (the Executive may not)", async () => {
    const created = (await api.create("PROCUREMENT", newEvaluation())).body;
    evaluationId = created.id;
    const early = await api.addBid("PROCUREMENT", evaluationId, bidBody(specialistId, "Specialist"));
    expect(early.status).toBe(422);
    expect(early.body.error.message).toBe("Open the evaluation for bids first.");
    expect((await api.open("EXECUTIVE", evaluationId, { version: created.version })).status).toBe(403);
    const opened = await api.open("PROCUREMENT", evaluationId, { version: created.version });
    expect(opened.body).toMatchObject({ status: "OPEN", version: created.version + 1 });
    version = opened.body.version;
  });

  it("adds bids for registry vendors with lines, commitments and ranges; refuses other roles, archived and foreign vendors", async () => {
    const added = await api.addBid("PROCUREMENT", evaluationId, bidBody(specialistId, "Specialist"));
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ status: "SUBMITTED", vendorId: specialistId, fte: 25, turnoverRate: 0.3 });
    const codingLine = added.body.lines.find((l: { function: string }) => l.function === "MEDICAL_CODING");
    expect(codingLine).toMatchObject({ pricing: { model: "PER_UNIT", rate: 6.5, monthlyMinimum: 50000 }, commitments: { codingAccuracy: { low: 0.95, mode: 0.97, high: 0.98 }, denialRate: 0.06, firstPassRate: null } });
    specialistBid = added.body;
    generalistBid = (await api.addBid("ADMIN", evaluationId, bidBody(generalistId, "Generalist", { status: "DRAFT" }))).body;
    expect(generalistBid).toMatchObject({ status: "DRAFT" });

    for (const caller of ["ANALYST", "EXECUTIVE"] as const) expect((await api.addBid(caller, evaluationId, bidBody(specialistId, "Nope"))).status).toBe(403);
    const archived = await api.addBid("PROCUREMENT", evaluationId, bidBody(archivedVendorId, "Archived"));
    expect(archived.status).toBe(422);
    expect(archived.body.error.fields.vendorId).toMatch(/archived/);
    expect((await api.addBid("PROCUREMENT", evaluationId, bidBody(otherVendorId, "Foreign"))).body.error.fields.vendorId).toBe("That vendor is not in the registry.");
    const sameLabel = await api.addBid("PROCUREMENT", evaluationId, bidBody(generalistId, "Specialist"));
    expect(sameLabel.status).toBe(409);
    expect((await api.addBid("OTHER_ANALYST", evaluationId, bidBody(specialistId, "x"))).status).toBe(403);
    expect((await api.bids("EXECUTIVE", evaluationId)).body.data.map((b: { label: string }) => b.label)).toEqual(["Specialist", "Generalist"]);
  });

  it("writes nothing when a line is for a function out of scope", async () => {
    const before = await testDb.db.bid.count();
    const outside = await api.addBid("PROCUREMENT", evaluationId, bidBody(specialistId, "Out of scope", { lines: [{ function: "PATIENT_SCHEDULING", pricing: { model: "PER_UNIT", rate: 2 } }] }));
    expect(outside.status).toBe(422);
    expect(await testDb.db.bid.count()).toBe(before);
  });

  it("edits a bid with its version (status included); stale is 409; other organisations get 404", async () => {
    const edited = await api.patchBid("PROCUREMENT", generalistBid.id, { status: "SUBMITTED", oversightPerMonth: 6000, version: generalistBid.version });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: "SUBMITTED", oversightPerMonth: 6000, version: generalistBid.version + 1 });
    expect((await api.patchBid("PROCUREMENT", generalistBid.id, { label: "Lost", version: generalistBid.version })).status).toBe(409);
    generalistBid = edited.body;
    expect((await api.patchBid("EXECUTIVE", generalistBid.id, { label: "No", version: generalistBid.version })).status).toBe(403);
    expect((await api.getBid("OTHER_ANALYST", generalistBid.id)).status).toBe(404);
  });

  it("records a decision only with a submitted, qualified bid and a 20-character rationale; the Executive may not", async () => {
    version = (await api.get("PROCUREMENT", evaluationId)).body.version;
    const short = await api.decide("PROCUREMENT", evaluationId, { bidId: specialistBid.id, rationale: "Cheapest.", version });
    expect(short.status).toBe(400);
    expect(short.body.error.fields.rationale).toMatch(/at least 20 characters/);
    expect((await api.decide("EXECUTIVE", evaluationId, { bidId: specialistBid.id, rationale: "The specialist wins on accuracy.", version })).status).toBe(403);
    expect((await api.decide("PROCUREMENT", evaluationId, { bidId: specialistBid.id, rationale: "The specialist wins on accuracy.", version: version - 1 })).status).toBe(409);
    const decided = await api.decide("PROCUREMENT", evaluationId, { bidId: specialistBid.id, rationale: "The specialist wins on accuracy and audit defensibility.", version });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: "DECISION_RECORDED", decision: { bidId: specialistBid.id, rationale: "The specialist wins on accuracy and audit defensibility." } });
    version = decided.body.version;
  });

  it("a decided evaluation is read-only: edits, bids and weights are refused", async () => {
    expect((await api.patch("PROCUREMENT", evaluationId, { name: "Changed after", version })).status).toBe(422);
    expect((await api.addBid("PROCUREMENT", evaluationId, bidBody(generalistId, "Late"))).status).toBe(422);
    expect((await api.patchBid("PROCUREMENT", generalistBid.id, { label: "Late edit", version: generalistBid.version })).status).toBe(422);
    expect((await api.deleteBid("PROCUREMENT", generalistBid.id, generalistBid.version)).status).toBe(422);
    expect((await api.get("PROCUREMENT", evaluationId)).body.version).toBe(version);
  });

  it("freezes the results: a registry change after the decision leaves them as decided", async () => {
    const decided = await api.results("EXECUTIVE", evaluationId);
    expect(decided.body.frozenAt).toEqual(expect.any(String));
    await createMetricObservation(testDb.db, { organizationId: callers.organizationId, vendorId: generalistId, metric: "DENIAL_RATE", value: "0.01", source: "AUDITED" });
    const after = await api.results("EXECUTIVE", evaluationId);
    expect(after.body).toEqual(decided.body);
  });

  it("the Executive returns it with a comment (→ open, decision cleared); Procurement decides again; the Executive approves", async () => {
    expect((await api.review("PROCUREMENT", evaluationId, { outcome: "APPROVE", version })).status).toBe(403);
    expect((await api.review("ADMIN", evaluationId, { outcome: "APPROVE", version })).status).toBe(403);
    const noComment = await api.review("EXECUTIVE", evaluationId, { outcome: "RETURN", version });
    expect(noComment.body.error.fields.comment).toMatch(/Say what must change/);
    const returned = await api.review("EXECUTIVE", evaluationId, { outcome: "RETURN", comment: "Show the generalist's audited first-pass rate.", version });
    expect(returned.body).toMatchObject({ status: "OPEN", decision: null, review: { comment: "Show the generalist's audited first-pass rate." } });
    // Open again: results follow today's data (the new observation counts).
    expect((await api.results("PROCUREMENT", evaluationId)).body.frozenAt).toBeUndefined();

    const again = await api.decide("PROCUREMENT", evaluationId, { bidId: specialistBid.id, rationale: "Still the specialist after the new audit figures.", version: returned.body.version });
    expect(again.body).toMatchObject({ status: "DECISION_RECORDED", review: null });
    const approved = await api.review("EXECUTIVE", evaluationId, { outcome: "APPROVE", comment: "Approved for the board.", version: again.body.version });
    expect(approved.body).toMatchObject({ status: "APPROVED", review: { comment: "Approved for the board." } });
    version = approved.body.version;
  });

  it("Procurement reopens with a reason, which clears the approval; every transition is in the audit trail", async () => {
    expect((await api.reopen("EXECUTIVE", evaluationId, { comment: "Reopen for a new offer.", version })).status).toBe(403);
    const reopened = await api.reopen("PROCUREMENT", evaluationId, { comment: "The generalist sent a best-and-final offer.", version });
    expect(reopened.body).toMatchObject({ status: "OPEN", decision: null, review: null });
    const actions = (await testDb.db.auditEvent.findMany({ where: { entityId: evaluationId }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["create-evaluation", "open-evaluation", "record-decision", "return-decision", "record-decision", "approve-decision", "reopen-evaluation"]);
  });

  it("duplicates a bid as a draft best-and-final offer; a withdrawn bid leaves the ranking; a draft cannot be chosen", async () => {
    const procurement = await testDb.db.user.findFirstOrThrow({ where: { organizationId: callers.organizationId, role: "PROCUREMENT" }, include: { organization: true } });
    const auth = authContextOf(procurement, "session");
    const copy = await duplicateBid(testDb.db, auth, specialistBid.id);
    expect(copy).toMatchObject({ label: "Specialist — best and final", status: "DRAFT", vendorId: specialistId });
    const copied = (await api.getBid("PROCUREMENT", copy.id)).body;
    const original = (await api.getBid("PROCUREMENT", specialistBid.id)).body;
    expect(copied.lines).toEqual(original.lines);
    expect((await duplicateBid(testDb.db, auth, specialistBid.id)).label).toBe("Specialist — best and final (2)");

    const version = (await api.get("PROCUREMENT", evaluationId)).body.version;
    const draft = await api.decide("PROCUREMENT", evaluationId, { bidId: copy.id, rationale: "The best and final offer is the one to take.", version });
    expect(draft.status).toBe(422);
    expect(draft.body.error.fields.bidId).toMatch(/only a submitted bid can be chosen/);

    const withdrawn = await api.patchBid("PROCUREMENT", specialistBid.id, { status: "WITHDRAWN", version: original.version });
    expect(withdrawn.body.status).toBe("WITHDRAWN");
    const results = (await api.results("PROCUREMENT", evaluationId)).body;
    expect(results.bids.map((b: { id: string }) => b.id)).not.toContain(specialistBid.id);
    expect(results.withdrawn.map((b: { id: string }) => b.id)).toEqual([specialistBid.id]);
  });

  it("removes a bid with its version once open again", async () => {
    expect((await api.deleteBid("PROCUREMENT", generalistBid.id, generalistBid.version - 1)).status).toBe(409);
    expect((await api.deleteBid("PROCUREMENT", generalistBid.id, generalistBid.version)).status).toBe(200);
    expect((await api.getBid("PROCUREMENT", generalistBid.id)).status).toBe(404);
    expect(await testDb.db.auditEvent.count({ where: { entityId: generalistBid.id, action: "remove-bid" } })).toBe(1);
  });
});
