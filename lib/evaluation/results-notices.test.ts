import { describe, expect, it } from "vitest";
import { evaluateStoredEvaluation } from "@/lib/evaluation/evaluate-evaluation";
import { resultsNotices } from "@/lib/evaluation/results-notices";
import type { StoredBid, StoredEvaluation, StoredVendor } from "@/lib/evaluation/stored-evaluation";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const vendor = (id: string, evidence: StoredVendor["evidence"]): StoredVendor => ({ id, name: id, operatingModel: "SPECIALIZED", aiUse: "NONE", fte: 10, annualTurnoverRate: 0.3, observations: [], evidence, certifications: [] });
const passing = vendor("ok", [
  { item: "SOC2_TYPE_II", level: "DOCUMENTED", effectiveDate: day("2026-06-30") },
  { item: "HIPAA_BAA", level: "CLAIMED", effectiveDate: day("2026-01-01") },
]);
const failing = vendor("no", []);
const bid = (id: string, vendorId: string): StoredBid => ({
  id, label: id, status: "SUBMITTED", vendorId, implementationFee: 0, oversightPerMonth: 0, fte: 1, turnoverRate: null, complianceMaturity: null, ranges: {},
  lines: [{ functionId: "f", pricingModel: "PER_UNIT", rate: 5, hoursPerMonth: null, fte: null, monthlyMinimum: null, commitments: { denialRate: 0.05, reworkRate: null, overturnRate: null, codingAccuracy: null, firstPassRate: null }, ranges: {} }],
});
const base: StoredEvaluation = {
  id: "e", version: 1, termMonths: 24, monteCarloSeed: 1, monteCarloIterations: 1000, asOf: day("2026-11-29"), weights: {}, assumptions: {}, matrixOverrides: [],
  functions: [{ id: "f", function: "AR_FOLLOW_UP", volumePerMonth: 100, revenuePerUnit: 1000, baseline: { denialRate: 0.1, reworkRate: 0.4, overturnRate: 0.5, codingAccuracy: 0.9, firstPassRate: 0.8, monthlyCost: 5000 }, ranges: {} }],
  bids: [], vendors: [passing, failing],
};
const notices = (change: Partial<StoredEvaluation>) => resultsNotices(evaluateStoredEvaluation({ ...base, ...change })).map((n) => n.text);

describe("resultsNotices", () => {
  it("no scope: nothing to cost", () => expect(notices({ functions: [] })[0]).toMatch(/^No functions are in scope yet/));
  it("no bids: says what today's arrangement costs", () => expect(notices({})[0]).toMatch(/^No bids yet\..*costs \$[\d,]+ over the 24-month term/));
  it("one bid: it leads by default", () => expect(notices({ bids: [bid("a", "ok")] })[0]).toMatch(/^Only one bid so far/));
  it("every bid disqualified: none can be recommended", () => {
    expect(notices({ bids: [bid("a", "no"), bid("b", "no")] })).toEqual([expect.stringMatching(/^Every bid fails a gate/)]);
  });
  it("several bids with a qualified one: nothing to add", () => expect(notices({ bids: [bid("a", "ok"), bid("b", "no")] })).toEqual([]));
});
