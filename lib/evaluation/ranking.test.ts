import { describe, expect, it } from "vitest";
import { evaluateStoredEvaluation } from "@/lib/evaluation/evaluate-evaluation";
import { rankingUnder, stabilitySentence } from "@/lib/evaluation/ranking";
import type { StoredEvaluation } from "@/lib/evaluation/stored-evaluation";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * Two qualified bids that trade off: "Accurate" codes better and holds more certified staff;
 * "Lean" is cheaper per unit and has lower turnover. Weights decide.
 */
function tradeOff(): StoredEvaluation {
  const evidence = [
    { item: "SOC2_TYPE_II" as const, level: "VERIFIED" as const, effectiveDate: day("2026-06-30") },
    { item: "HIPAA_BAA" as const, level: "VERIFIED" as const, effectiveDate: day("2026-01-01") },
  ];
  const vendor = (id: string, certified: number, turnover: number) => ({ id, name: id, operatingModel: "SPECIALIZED" as const, aiUse: "NONE" as const, fte: 100, annualTurnoverRate: turnover, observations: [], evidence, certifications: [{ count: certified }] });
  const line = (rate: number, codingAccuracy: number) => ({ functionId: "f", pricingModel: "PER_UNIT" as const, rate, hoursPerMonth: null, fte: null, monthlyMinimum: null, commitments: { denialRate: 0.08, reworkRate: 0.6, overturnRate: 0.55, codingAccuracy, firstPassRate: 0.85 }, ranges: {} });
  const bid = (id: string, vendorId: string, rate: number, accuracy: number) => ({ id, label: id, status: "SUBMITTED" as const, vendorId, implementationFee: 0, oversightPerMonth: 0, fte: 10, turnoverRate: null, complianceMaturity: null, ranges: {}, lines: [line(rate, accuracy)] });
  return {
    id: "e", version: 1, termMonths: 24, monteCarloSeed: 9, monteCarloIterations: 1000, asOf: day("2026-11-29"), weights: {}, assumptions: {}, matrixOverrides: [],
    // Patient scheduling bears no revenue, so coding accuracy moves the score but not the TCO.
    functions: [{ id: "f", function: "PATIENT_SCHEDULING", volumePerMonth: 10000, revenuePerUnit: 0, baseline: { denialRate: 0.1, reworkRate: 0.4, overturnRate: 0.5, codingAccuracy: 0.9, firstPassRate: 0.8, monthlyCost: 60000 }, ranges: {} }],
    bids: [bid("Accurate", "va", 5, 0.98), bid("Lean", "vl", 3, 0.9)],
    vendors: [vendor("va", 90, 0.35), vendor("vl", 40, 0.2)],
  };
}

describe("rankingUnder", () => {
  const results = evaluateStoredEvaluation(tradeOff());
  const saved = results.criteria.map((c) => c.weight);

  it("at the saved weights gives exactly the server's scores, ranks and rank acceptability", () => {
    const ranking = rankingUnder(results, saved);
    for (const row of ranking.rows) {
      expect(row.score).toBe(row.bid.score);
      expect(row.rank).toBe(row.bid.rank);
      expect(row.rankAcceptability).toBe(row.bid.rankAcceptability);
    }
    expect(ranking.rows.map((r) => r.rank)).toEqual([1, 2]);
  });

  it("moving a weight re-ranks, and the stability interval says where the leader changes", () => {
    const base = rankingUnder(results, saved);
    const coding = results.criteria.findIndex((c) => c.key === "CODING_ACCURACY");
    const tco = results.criteria.findIndex((c) => c.key === "TCO_PER_UNIT");
    const codingHeavy = saved.map((w, i) => (i === coding ? 60 : i === tco ? 0 : w));
    const costHeavy = saved.map((w, i) => (i === tco ? 70 : i === coding ? 0 : w));
    expect(rankingUnder(results, codingHeavy).rows[0].bid.label).toBe("Accurate");
    expect(rankingUnder(results, costHeavy).rows[0].bid.label).toBe("Lean");
    const statement = base.stability.find((s) => s.key === "TCO_PER_UNIT")!;
    // Some weight of TCO per unit changes the leader: the interval is bounded on one side.
    expect(statement.high !== null || statement.low > 0).toBe(true);
    expect(statement.sentence).toMatch(new RegExp(`^${base.leader!.label} stays first while TCO per unit weighs`));
  });

  it("says the interval in words", () => {
    expect(stabilitySentence("A", "Coding accuracy", { low: 0.12, high: 0.31 })).toBe("A stays first while Coding accuracy weighs between 12% and 31%.");
    expect(stabilitySentence("A", "X", { low: 0, high: null })).toBe("A stays first whatever X weighs.");
    expect(stabilitySentence("A", "X", { low: 0, high: 0.4 })).toBe("A stays first while X weighs at most 40%.");
    expect(stabilitySentence("A", "X", { low: 0.05, high: null })).toBe("A stays first while X weighs at least 5%.");
  });

  it("no qualified bid, no leader and no statements", () => {
    const none = rankingUnder({ ...results, bids: results.bids.map((b) => ({ ...b, qualified: false })) }, saved);
    expect(none.leader).toBeNull();
    expect(none.stability).toEqual([]);
  });
});
