import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CRITERIA, type Criterion } from "@/lib/scoring/criteria";
import { scoreBids, type ScoredBidInput } from "@/lib/scoring/weighted-score";
import { auditDefensibility } from "@/lib/scoring/audit-defensibility";

describe("scoreBids", () => {
  it("normalises on fixed benchmark scales and TCO per unit against the cheapest qualified bid", () => {
    const bids: ScoredBidInput[] = [
      { id: "a", qualified: true, values: { FIRST_PASS_RATE: 0.79, CODING_ACCURACY: 0.99, DENIAL_RATE: 0.02, COMPLIANCE_MATURITY: 1, CERTIFIED_STAFF_SHARE: 0.5, STAFF_TURNOVER: 0.35, TCO_PER_UNIT: 40 } },
      { id: "b", qualified: true, values: { FIRST_PASS_RATE: 0.5, CODING_ACCURACY: 0.8, DENIAL_RATE: 0.3, COMPLIANCE_MATURITY: 0, STAFF_TURNOVER: 0.6, TCO_PER_UNIT: 20 } },
    ];
    const [a, b] = scoreBids(bids, DEFAULT_CRITERIA);
    // a: n = 0.5, 1, 1, 1, 0.5, 0.5, 0.5 → (20×0.5 + 20 + 15 + 15 + 10×0.5 + 5×0.5 + 15×0.5) / 100 = 75
    expect(a.score).toBeCloseTo(75, 10);
    expect(a.criteria.map((c) => c.normalized)).toEqual([expect.closeTo(0.5, 12), 1, 1, 1, 0.5, 0.5, 0.5]);
    // b: clamped zeros everywhere, certified share missing, TCO ratio 1 → 15.
    expect(b.score).toBeCloseTo(15, 10);
    expect(b.missingData).toEqual(["CERTIFIED_STAFF_SHARE"]);
    expect([a.rank, b.rank]).toEqual([1, 2]);
  });

  it("a disqualified bid never ranks above a qualified one and does not set the cheapest TCO", () => {
    const crit: Criterion[] = [{ key: "TCO_PER_UNIT", label: "", direction: "lower", scale: { kind: "ratioToCheapest" }, weight: 1 }];
    const s = scoreBids(
      [
        { id: "cheap-but-out", qualified: false, values: { TCO_PER_UNIT: 10 } },
        { id: "in", qualified: true, values: { TCO_PER_UNIT: 20 } },
      ],
      crit,
    );
    expect(s[1].score).toBe(100);
    expect(s[0].rank).toBe(2);
  });

  it("all weights zero scores 0 rather than NaN", () => {
    const crit = DEFAULT_CRITERIA.map((c) => ({ ...c, weight: 0 }));
    expect(scoreBids([{ id: "a", qualified: true, values: {} }], crit)[0].score).toBe(0);
  });

  const benchmarkCriteria = DEFAULT_CRITERIA.filter((c) => c.scale.kind === "benchmark");
  const bidArb = (id: string) =>
    fc.record({
      id: fc.constant(id),
      qualified: fc.boolean(),
      values: fc.record(Object.fromEntries(benchmarkCriteria.map((c) => [c.key, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })]))),
    });

  it("property: adding a bid never reorders the others on benchmark-scaled criteria", () => {
    fc.assert(
      fc.property(
        fc.array(bidArb("x"), { minLength: 2, maxLength: 6 }).map((bs) => bs.map((b, i) => ({ ...b, id: `b${i}` }))),
        bidArb("new"),
        fc.array(fc.nat(50), { minLength: benchmarkCriteria.length, maxLength: benchmarkCriteria.length }),
        (bids, extra, weights) => {
          const criteria = benchmarkCriteria.map((c, i) => ({ ...c, weight: weights[i] }));
          const before = scoreBids(bids, criteria);
          const after = scoreBids([...bids, extra], criteria).slice(0, bids.length);
          for (let i = 0; i < bids.length; i++) {
            expect(after[i].score).toBe(before[i].score);
            for (let j = 0; j < bids.length; j++) expect(after[i].rank < after[j].rank).toBe(before[i].rank < before[j].rank);
          }
        },
      ),
    );
  });
});

describe("auditDefensibility", () => {
  it("40 × n(coding) + 30 × maturity + 20 × independent share + 10 × human oversight", () => {
    // coding 0.895 → n = 0.5 → 20; maturity 0.6 → 18; 1 of 4 independent → 5; human in the loop → 10.
    expect(auditDefensibility({ codingAccuracy: 0.895, complianceMaturity: 0.6, usedMetricSources: ["AUDITED", "VENDOR_CLAIMED", "REFERENCE_CHECK", "VENDOR_CLAIMED"], aiUse: "HUMAN_IN_THE_LOOP" })).toBeCloseTo(53, 10);
    expect(auditDefensibility({ codingAccuracy: null, complianceMaturity: 0, usedMetricSources: [], aiUse: "AUTONOMOUS" })).toBe(0);
    expect(auditDefensibility({ codingAccuracy: 0.99, complianceMaturity: 1, usedMetricSources: ["CLIENT_MEASURED"], aiUse: "NONE" })).toBeCloseTo(100, 10);
  });
});
