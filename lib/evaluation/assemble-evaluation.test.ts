import { describe, expect, it } from "vitest";
import { scoreBids } from "@/lib/scoring/weighted-score";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import { assembleEvaluation, evaluationCriteria } from "@/lib/evaluation/assemble-evaluation";
import { evaluateStoredEvaluation, scoringInputs } from "@/lib/evaluation/evaluate-evaluation";
import type { StoredBid, StoredEvaluation, StoredVendor } from "@/lib/evaluation/stored-evaluation";
import { snapshotTakenAt, storedFromSnapshot, takeDecisionSnapshot } from "@/lib/evaluation/decision-snapshot";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const AS_OF = day("2026-11-29");
const noCommitments = { denialRate: null, reworkRate: null, overturnRate: null, codingAccuracy: null, firstPassRate: null };

const SPECIALIZED: StoredVendor = {
  id: "v-spec",
  name: "Specialist",
  operatingModel: "SPECIALIZED",
  aiUse: "HUMAN_IN_THE_LOOP",
  fte: 100,
  annualTurnoverRate: 0.3,
  observations: [
    { metric: "CODING_ACCURACY", value: 0.97, asOf: day("2026-09-01"), source: "AUDITED" },
    { metric: "CODING_ACCURACY", value: 0.99, asOf: day("2026-10-01"), source: "VENDOR_CLAIMED" },
    { metric: "DENIAL_RATE", value: 0.06, asOf: day("2026-09-01"), source: "CLIENT_MEASURED" },
    { metric: "FIRST_PASS_RATE", value: 0.92, asOf: day("2026-09-01"), source: "AUDITED" },
    { metric: "REWORK_RATE", value: 0.8, asOf: day("2026-09-01"), source: "AUDITED" },
    { metric: "OVERTURN_RATE", value: 0.6, asOf: day("2026-09-01"), source: "AUDITED" },
    { metric: "STAFF_TURNOVER", value: 0.28, asOf: day("2026-09-01"), source: "REFERENCE_CHECK" },
  ],
  evidence: [
    { item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: day("2026-06-30") },
    { item: "HIPAA_BAA", level: "DOCUMENTED", effectiveDate: day("2025-01-01") },
  ],
  certifications: [{ count: 40 }, { count: 20 }],
};

/** Claims only: numbers and compliance rest on the vendor's word. */
const CLAIMS: StoredVendor = {
  id: "v-claims",
  name: "Claimant",
  operatingModel: "AI_HYBRID",
  aiUse: "AUTONOMOUS",
  fte: null,
  annualTurnoverRate: null,
  observations: [
    { metric: "CODING_ACCURACY", value: 0.99, asOf: day("2026-10-01"), source: "VENDOR_CLAIMED" },
    { metric: "DENIAL_RATE", value: 0.05, asOf: day("2026-10-01"), source: "VENDOR_CLAIMED" },
    // Below the first-pass midpoint (0.79): used as claimed, the haircut never improves a claim.
    { metric: "FIRST_PASS_RATE", value: 0.7, asOf: day("2026-10-01"), source: "VENDOR_CLAIMED" },
  ],
  evidence: [
    { item: "SOC2_TYPE_II", level: "CLAIMED", effectiveDate: day("2026-10-01") },
    { item: "HIPAA_BAA", level: "CLAIMED", effectiveDate: day("2026-10-01") },
  ],
  certifications: [],
};

const GENERALIST: StoredVendor = { ...CLAIMS, id: "v-gen", name: "Generalist desk", operatingModel: "GENERALIST", aiUse: "NONE", observations: [], evidence: [] };

const line = (functionId: string, overrides: Partial<StoredBid["lines"][number]> = {}): StoredBid["lines"][number] => ({
  functionId,
  pricingModel: "PER_UNIT",
  rate: 10,
  hoursPerMonth: null,
  fte: null,
  monthlyMinimum: null,
  commitments: { ...noCommitments },
  ranges: {},
  ...overrides,
});

const bid = (id: string, vendorId: string, lines: StoredBid["lines"], overrides: Partial<StoredBid> = {}): StoredBid => ({
  id,
  label: `Bid ${id}`,
  status: "SUBMITTED",
  vendorId,
  implementationFee: 10000,
  oversightPerMonth: 1000,
  fte: 10,
  turnoverRate: null,
  complianceMaturity: null,
  ranges: {},
  lines,
  ...overrides,
});

function fixture(): StoredEvaluation {
  return {
    id: "e1",
    version: 3,
    termMonths: 24,
    monteCarloSeed: 42,
    monteCarloIterations: 10000,
    asOf: AS_OF,
    weights: {},
    assumptions: { reworkCostPerDenial: { low: 40, mode: 57.23, high: 118 }, claimHaircut: 0.25 },
    matrixOverrides: [
      { function: "PATIENT_SCHEDULING", handlesPhi: false, recommendation: "SPECIALIZED", reason: "Our schedulers triage clinical urgency" },
    ],
    functions: [
      {
        id: "f-coding",
        function: "MEDICAL_CODING",
        volumePerMonth: 1000,
        revenuePerUnit: 10000,
        baseline: { denialRate: 0.12, reworkRate: 0.35, overturnRate: 0.54, codingAccuracy: 0.85, firstPassRate: 0.7, monthlyCost: 20000 },
        ranges: {},
      },
      {
        id: "f-scheduling",
        function: "PATIENT_SCHEDULING",
        volumePerMonth: 5000,
        revenuePerUnit: 0,
        baseline: { denialRate: 0.02, reworkRate: 0.5, overturnRate: 0.7, codingAccuracy: 0.95, firstPassRate: 0.9, monthlyCost: 8000 },
        ranges: {},
      },
    ],
    bids: [
      bid("a", "v-spec", [
        line("f-coding", { commitments: { ...noCommitments, denialRate: 0.05 }, ranges: { denialRate: { low: 0.04, mode: 0.05, high: 0.08 } } }),
        line("f-scheduling"),
      ]),
      bid("b", "v-claims", [line("f-coding"), line("f-scheduling")]),
      bid("c", "v-gen", [line("f-scheduling", { pricingModel: "PER_HOUR", rate: 15, hoursPerMonth: 400 })], { fte: null }),
      bid("d", "v-spec", [line("f-coding")], { status: "WITHDRAWN" }),
    ],
    vendors: [SPECIALIZED, CLAIMS, GENERALIST],
  };
}

describe("assembleEvaluation", () => {
  const assembled = assembleEvaluation(fixture());
  const [a, b, c] = assembled.bids;

  it("uses the bid's commitment where entered, else the vendor's used metric value", () => {
    const coding = a.lines[0].performance;
    expect(coding.denialRate).toEqual({ value: 0.05, basis: { kind: "COMMITMENT" } });
    // The audited figure outranks the newer claim; no haircut on an audited value.
    expect(coding.codingAccuracy).toMatchObject({ value: 0.97, basis: { kind: "VENDOR_METRIC", source: "AUDITED", haircutApplied: false } });
    expect(coding.reworkRate.value).toBe(0.8);
    // The engine gets the commitment's range and the metric's point value.
    expect(assembled.scenario.bids[0].lines[0].performance.denialRate).toEqual({ low: 0.04, mode: 0.05, high: 0.08 });
    expect(assembled.scenario.bids[0].lines[0].performance.codingAccuracy).toBe(0.97);
  });

  it("haircuts a claim only when it is better than the midpoint, and says so with claimed beside used", () => {
    const perf = b.lines[0].performance;
    expect(perf.codingAccuracy.value).toBeCloseTo(0.99 - 0.25 * (0.99 - 0.895), 12);
    expect(perf.denialRate.value).toBeCloseTo(0.05 + 0.25 * (0.11 - 0.05), 12);
    expect(perf.firstPassRate.value).toBe(0.7);
    const claims = b.notes.filter((n) => n.kind === "CLAIM_ONLY");
    expect(claims.map((n) => n.message)).toEqual(
      expect.arrayContaining([
        "Coding accuracy rests only on the vendor's claim: claimed 99.0%, used 96.6% after the 25.0% claim haircut.",
        "First-pass payment rate rests only on the vendor's claim (70.0%), used as claimed because it is not better than the benchmark midpoint.",
      ]),
    );
  });

  it("assumes today's baseline where there is no data, and flags it", () => {
    expect(b.lines[0].performance.reworkRate).toEqual({ value: 0.35, basis: { kind: "BASELINE_ASSUMED" } });
    expect(b.notes).toContainEqual(expect.objectContaining({ kind: "BASELINE_ASSUMED", rate: "reworkRate", functionKeys: ["f-coding", "f-scheduling"] }));
  });

  it("gates PHI work on the vendor's evidence; a function an override marks non-PHI does not gate", () => {
    expect(a.qualified).toBe(true);
    expect(b.qualified).toBe(false);
    expect(b.disqualificationReasons).toEqual(["Fails the PHI gate: no current SOC 2 Type II report at Documented or Verified level."]);
    expect(b.lines.map((l) => l.disqualified)).toEqual([true, false]);
    // The generalist has no evidence at all but bids only on scheduling, which the organisation marks non-PHI.
    expect(c.qualified).toBe(true);
    expect(assembled.scenario.bids.map((x) => x.qualified)).toEqual([true, false, true]);
  });

  it("judges fit against the decision matrix with the organisation's override", () => {
    expect(a.lines.map((l) => l.fit)).toEqual([true, true]);
    expect(c.lines[0]).toMatchObject({ recommendation: "SPECIALIZED", fit: false });
    expect(c.lines[0].rationale).toContain("overridden by your organisation: Our schedulers triage clinical urgency.");
  });

  it("a partial bid says which functions stay with today's arrangement; a withdrawn bid leaves the ranking", () => {
    expect(c.uncoveredFunctionKeys).toEqual(["f-coding"]);
    expect(c.notes[0]).toMatchObject({ kind: "PARTIAL_SCOPE", message: expect.stringContaining("Medical coding stays with today's arrangement") });
    expect(assembled.bids.map((x) => x.stored.id)).toEqual(["a", "b", "c"]);
    expect(assembled.withdrawn).toEqual([{ id: "d", label: "Bid d", vendorName: "Specialist" }]);
  });

  it("bid-level criteria: volume-weighted rates, maturity from evidence, certified share, turnover by precedence", () => {
    // Coding: 0.97 (coding) and 0.97 (scheduling, same vendor metric) → 0.97.
    expect(a.criterionValues.CODING_ACCURACY).toBeCloseTo(0.97, 12);
    // Denial: 0.05 committed on coding (V 1000) and 0.06 measured on scheduling (V 5000).
    expect(a.criterionValues.DENIAL_RATE).toBeCloseTo((1000 * 0.05 + 5000 * 0.06) / 6000, 12);
    expect(a.criterionValues.COMPLIANCE_MATURITY).toBeCloseTo((25 + 15 * 0.75) / 100, 12);
    expect(a.criterionValues.CERTIFIED_STAFF_SHARE).toBeCloseTo(0.6, 12);
    expect(a.criterionValues.STAFF_TURNOVER).toBe(0.28);
    expect(b.criterionValues.CERTIFIED_STAFF_SHARE).toBeNull();
    expect(b.criterionValues.STAFF_TURNOVER).toBeNull();
    expect(b.notes).toContainEqual(expect.objectContaining({ kind: "MISSING_DATA", criterion: "CERTIFIED_STAFF_SHARE" }));
    expect(c.notes).toContainEqual(expect.objectContaining({ kind: "NO_ACCOUNT_FTE" }));
  });

  it("takes the evaluation's weights over MODEL.md's defaults and ignores invalid ones", () => {
    const criteria = evaluationCriteria({ CODING_ACCURACY: 50, DENIAL_RATE: -3, TCO_PER_UNIT: Number.NaN });
    expect(criteria.find((x) => x.key === "CODING_ACCURACY")?.weight).toBe(50);
    expect(criteria.find((x) => x.key === "DENIAL_RATE")?.weight).toBe(15);
    expect(criteria.find((x) => x.key === "TCO_PER_UNIT")?.weight).toBe(15);
  });
});

describe("evaluateStoredEvaluation", () => {
  const stored = fixture();
  const results = evaluateStoredEvaluation(stored);
  const assembled = assembleEvaluation(stored);
  const engine = runTcoScenario(assembled.scenario);

  it("gives the engine's TCO and the scores of MODEL.md §4 on the assembled values", () => {
    expect(results.bids.map((x) => x.tco)).toEqual(engine.bids.map((x) => x.tco));
    const scores = scoreBids(scoringInputs(assembled, engine), assembled.criteria);
    expect(results.bids.map((x) => x.score)).toEqual(scores.map((s) => s.score));
    expect(results.bids.map((x) => x.rank)).toEqual(scores.map((s) => s.rank));
    // The disqualified bid ranks last whatever its score.
    expect(results.bids.find((x) => x.id === "b")?.rank).toBe(3);
  });

  it("weight stability names the leader; rank acceptability sums to 1 over qualified bids", () => {
    const leader = results.bids.find((x) => x.rank === 1)!;
    expect(results.weightStability?.leaderId).toBe(leader.id);
    expect(results.weightStability?.intervals).toHaveLength(7);
    const total = results.bids.reduce((sum, x) => sum + x.rankAcceptability, 0);
    expect(total).toBeCloseTo(1, 12);
    expect(results.bids.find((x) => x.id === "b")?.rankAcceptability).toBe(0);
  });

  it("audit defensibility rests on the vendor's used metrics and AI use", () => {
    // Claims only, autonomous, no maturity: only coding accuracy scores (96.6 % → n ≈ 0.87).
    const claims = results.bids.find((x) => x.id === "b")!;
    expect(claims.auditDefensibility).toBeCloseTo(40 * ((0.99 - 0.25 * 0.095 - 0.8) / 0.19) + 30 * (25 * 0.25 + 15 * 0.25) / 100, 10);
  });

  it("labels every tornado input and gives its low and high values", () => {
    const rework = results.tornado.find((t) => t.bidId === "a" && t.input === "assumptions.reworkCostPerDenial");
    expect(rework).toMatchObject({ label: "Cost to work one denial", unit: "USD", lowValue: 40, highValue: 118 });
    expect(rework!.tcoAtHigh).toBeGreaterThan(rework!.tcoAtLow);
    expect(results.tornado.find((t) => t.input === "bids.0.lines.0.performance.denialRate")).toMatchObject({ label: "Medical coding · denial rate", unit: "fraction", lowValue: 0.04, highValue: 0.08 });
  });

  it("an evaluation with no bids still has its baseline and no leader", () => {
    const empty = evaluateStoredEvaluation({ ...stored, bids: [] });
    expect(empty.bids).toEqual([]);
    expect(empty.weightStability).toBeNull();
    expect(empty.baseline.tco).toBeGreaterThan(0);
    expect(empty.baseline.gross).toBe(24 * 1000 * 10000);
  });
});

describe("decision snapshot", () => {
  it("gives back the same results after a trip through JSON, dates included", () => {
    const stored = fixture();
    const snapshot = JSON.parse(JSON.stringify(takeDecisionSnapshot(stored, new Date("2026-11-30T10:00:00Z"))));
    const revived = storedFromSnapshot(snapshot, 7);
    expect(revived.version).toBe(7);
    expect(revived.asOf).toEqual(AS_OF);
    expect(revived.vendors[0].evidence[0].effectiveDate).toEqual(day("2026-06-30"));
    expect(revived.vendors[0].observations[0].asOf).toBeInstanceOf(Date);
    expect(evaluateStoredEvaluation(revived)).toEqual(evaluateStoredEvaluation({ ...stored, version: 7 }));
    expect(snapshotTakenAt(snapshot)).toEqual(new Date("2026-11-30T10:00:00Z"));
  });

  it("refuses a snapshot it cannot read rather than misreading it", () => {
    expect(() => storedFromSnapshot({ format: 99, stored: {} }, 1)).toThrow(/unknown format/);
    expect(() => storedFromSnapshot(null, 1)).toThrow(/unknown format/);
  });
});
