import { describe, expect, it } from "vitest";
import { COMPONENT_NAMES } from "@/lib/tco/bid-kernel";
import { componentRows, componentsInUse, cumulativeRows, lowestTcoRows, paybackMarkers, selectedBid, tornadoRows } from "@/lib/evaluation/chart-series";
import { evaluateStoredEvaluation } from "@/lib/evaluation/evaluate-evaluation";
import type { UncertaintyOutcome } from "@/lib/evaluation/evaluation-results";
import { bidHeadline, paybackRange } from "@/lib/evaluation/headlines";
import type { StoredEvaluation, StoredRanges } from "@/lib/evaluation/stored-evaluation";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const evidence = [
  { item: "SOC2_TYPE_II" as const, level: "VERIFIED" as const, effectiveDate: day("2026-06-30") },
  { item: "HIPAA_BAA" as const, level: "VERIFIED" as const, effectiveDate: day("2026-01-01") },
];
const commitments = (denialRate: number) => ({ denialRate, reworkRate: 0.8, overturnRate: 0.6, codingAccuracy: 0.96, firstPassRate: 0.9 });

const stored: StoredEvaluation = {
  id: "e",
  version: 1,
  termMonths: 12,
  monteCarloSeed: 1,
  monteCarloIterations: 1000,
  asOf: day("2026-11-29"),
  weights: {},
  assumptions: { reworkCostPerDenial: { low: 40, mode: 57.23, high: 118 }, rampMonths: 0 },
 
  matrixOverrides: [],
  functions: [
    { id: "f", function: "COMPLEX_CLAIMS_DENIALS", volumePerMonth: 1000, revenuePerUnit: 2000, baseline: { denialRate: 0.12, reworkRate: 0.35, overturnRate: 0.54, codingAccuracy: 0.85, firstPassRate: 0.7, monthlyCost: 20000 }, ranges: {} },
  ],
  bids: ["good", "cheap"].map((id, i) => ({
    id,
    label: id === "good" ? "Good bid" : "Cheap bid",
    status: "SUBMITTED" as const,
    vendorId: "v",
    implementationFee: 30000,
    oversightPerMonth: 1000,
    fte: 5,
    turnoverRate: 0.3,
    complianceMaturity: null,
    ranges: {},
    lines: [{ functionId: "f", pricingModel: "PER_UNIT" as const, rate: i === 0 ? 25 : 12, hoursPerMonth: null, fte: null, monthlyMinimum: null, commitments: commitments(i === 0 ? 0.05 : 0.13), ranges: (i === 0 ? { denialRate: { low: 0.04, mode: 0.05, high: 0.09 } } : {}) as StoredRanges }],
  })),
  vendors: [{ id: "v", name: "Vendor", operatingModel: "SPECIALIZED", aiUse: "NONE", fte: 10, annualTurnoverRate: 0.3, observations: [], evidence, certifications: [] }],
};
const results = evaluateStoredEvaluation(stored);
const good = results.bids.find((b) => b.id === "good")!;

describe("chart series", () => {
  it("component rows: bids in rank order, then today's arrangement; each row's components add up to its TCO", () => {
    const rows = componentRows(results);
    expect(rows.map((r) => r.key)).toEqual(["good", "cheap", "baseline"]);
    for (const row of rows) expect(COMPONENT_NAMES.reduce((sum, n) => sum + row[n], 0)).toBeCloseTo(row.total, 4);
    expect(rows[2].fees).toBeCloseTo(12 * 20000, 6);
    // Only today's arrangement is left, which has no implementation fee, turnover or oversight: those leave the legend.
    expect(componentsInUse(rows.slice(2))).toEqual(["fees", "reworkCost", "writeOffs", "leakage", "auditExposure", "delayCost"]);
  });

  it("cumulative rows: one per month, every bid's series, the selected bid's band once known", () => {
    const uncertainty: UncertaintyOutcome = {
      iterations: 10,
      seed: 1,
      bids: { good: { tco: { p10: 1, p50: 2, p90: 3 }, nrr: { p10: 0.9, p50: 0.91, p90: 0.92 }, paybackMonth: { p10: 1, p50: 2, p90: null }, probabilityLowestTco: 0.7, cumulativeNetBenefit: { p10: Array(12).fill(-5), p50: Array(12).fill(0), p90: Array(12).fill(5), sampleSize: 10 } } },
    };
    const rows = cumulativeRows(results, uncertainty, "good");
    expect(rows).toHaveLength(12);
    expect(rows[11].good).toBe(good.cumulativeNetBenefit[11]);
    expect(rows[0].band).toEqual([-5, 5]);
    expect(cumulativeRows(results, undefined, "good")[0].band).toBeUndefined();
    expect(lowestTcoRows(results, uncertainty).map((r) => r.probability)).toEqual([0.7, 0]);
    expect(lowestTcoRows(results, undefined)).toEqual([]);
    expect(paybackRange(uncertainty.bids.good)).toBe("month 1 to beyond the term");
    expect(paybackRange({ ...uncertainty.bids.good, paybackMonth: { p10: 2, p50: 2, p90: 2 } })).toBe("month 2");
    expect(paybackRange({ ...uncertainty.bids.good, paybackMonth: { p10: null, p50: null, p90: null } })).toBe("beyond the term in most draws");
  });

  it("payback markers sit where each paying bid's cumulative benefit first turns non-negative", () => {
    for (const marker of paybackMarkers(results)) {
      const bid = results.bids.find((b) => b.id === marker.bidId)!;
      expect(marker.value).toBeGreaterThanOrEqual(0);
      if (marker.month > 1) expect(bid.cumulativeNetBenefit[marker.month - 2]).toBeLessThan(0);
    }
  });

  it("tornado rows: the selected bid's drivers by swing, labelled with their low and high values", () => {
    const rows = tornadoRows(results, "good");
    expect(rows[0].label).toBe("Complex claims / denials · denial rate (4.0% – 9.0%)");
    expect(rows[0].lowDelta).toBeLessThan(0);
    expect(rows[0].highDelta).toBeGreaterThan(0);
    expect(rows[1].label).toBe("Cost to work one denial ($40.00 – $118.00)");
    const swings = rows.map((r) => Math.abs(r.highDelta - r.lowDelta));
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    expect(tornadoRows(results, "nobody")).toEqual([]);
  });

  it("the selected bid is the one asked for, else the leader", () => {
    expect(selectedBid(results, "cheap")?.id).toBe("cheap");
    expect(selectedBid(results, "unknown")?.id).toBe("good");
    expect(selectedBid({ ...results, bids: [] }, null)).toBeNull();
  });

  it("headlines say NRR with its P10–P90 and the payback month, or that it does not pay back", () => {
    expect(bidHeadline({ nrr: 0.9561, paybackMonth: 2 }, 36)).toBe("Net revenue realization 95.6%, pays back in month 2");
    expect(bidHeadline({ nrr: 0.9561, paybackMonth: 2 }, 36, { tco: { p10: 1, p50: 1, p90: 1 }, nrr: { p10: 0.941, p50: 0.95, p90: 0.968 }, paybackMonth: { p10: 1, p50: 2, p90: 3 }, probabilityLowestTco: 1, cumulativeNetBenefit: null })).toBe(
      "Net revenue realization 95.6% (P10 94.1% – P90 96.8%), pays back in month 2",
    );
    expect(bidHeadline({ nrr: 0.8, paybackMonth: null }, 36)).toBe("Net revenue realization 80.0%, does not pay back within the 36-month term");
    expect(bidHeadline({ nrr: null, paybackMonth: 4 }, 36)).toBe("No revenue in scope, so net revenue realization does not apply, pays back in month 4");
  });
});
