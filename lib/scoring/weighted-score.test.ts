import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benchmarkMidpoint, DEFAULT_CRITERIA, normalizeOnScale, normalizeRatioToCheapest, type Criterion } from "@/lib/scoring/criteria";
import { cheapestValue, scoreBids, type ScoredBidInput } from "@/lib/scoring/weighted-score";
import { auditDefensibility } from "@/lib/scoring/audit-defensibility";
import { permutations } from "@/tests/pure-core/permutations";

const tcoCriterion: Criterion = { key: "TCO_PER_UNIT", label: "TCO per unit", direction: "lower", scale: { kind: "ratioToCheapest" }, weight: 1 };
const ranksById = (bids: ScoredBidInput[], criteria: readonly Criterion[]) => Object.fromEntries(scoreBids(bids, criteria).map((b) => [b.id, b.rank]));
const scoresById = (bids: ScoredBidInput[], criteria: readonly Criterion[]) => Object.fromEntries(scoreBids(bids, criteria).map((b) => [b.id, b.score]));

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

  it("ranks qualified bids by score, then disqualified ones by score, whatever the input order", () => {
    const bids: ScoredBidInput[] = [
      { id: "qualified-low", qualified: true, values: { TCO_PER_UNIT: 40 } },
      { id: "out-best", qualified: false, values: { TCO_PER_UNIT: 10 } },
      { id: "qualified-high", qualified: true, values: { TCO_PER_UNIT: 20 } },
      { id: "out-worst", qualified: false, values: { TCO_PER_UNIT: 80 } },
    ];
    for (const order of permutations(bids)) {
      expect(ranksById(order, [tcoCriterion])).toEqual({ "qualified-high": 1, "qualified-low": 2, "out-best": 3, "out-worst": 4 });
      // n = cheapest qualified (20) / own, capped at 1.
      expect(scoresById(order, [tcoCriterion])).toEqual({ "qualified-high": 100, "qualified-low": 50, "out-best": 100, "out-worst": 25 });
    }
  });

  it("equal scores keep the input order (the rank is never random)", () => {
    const bids: ScoredBidInput[] = [
      { id: "first", qualified: true, values: { TCO_PER_UNIT: 20 } },
      { id: "second", qualified: true, values: { TCO_PER_UNIT: 20 } },
    ];
    expect(ranksById(bids, [tcoCriterion])).toEqual({ first: 1, second: 2 });
    expect(ranksById([...bids].reverse(), [tcoCriterion])).toEqual({ second: 1, first: 2 });
  });

  it("the cheapest TCO per unit comes from qualified bids that have one; with none, from every bid", () => {
    const bids: ScoredBidInput[] = [
      { id: "out", qualified: false, values: { TCO_PER_UNIT: 10 } },
      { id: "in-missing", qualified: true, values: {} },
      { id: "in", qualified: true, values: { TCO_PER_UNIT: 30 } },
      { id: "in-dear", qualified: true, values: { TCO_PER_UNIT: 60 } },
    ];
    for (const order of permutations(bids)) expect(cheapestValue(order, "TCO_PER_UNIT")).toBe(30);
    const noQualifiedValue = [bids[0], bids[1], { id: "out-dear", qualified: false, values: { TCO_PER_UNIT: 40 } }];
    for (const order of permutations(noQualifiedValue)) {
      expect(cheapestValue(order, "TCO_PER_UNIT")).toBe(10);
      expect(scoresById(order, [tcoCriterion])).toEqual({ out: 100, "in-missing": 0, "out-dear": 25 });
    }
    expect(cheapestValue([bids[1]], "TCO_PER_UNIT")).toBeNull();
    const broken = [{ id: "nan", qualified: true, values: { TCO_PER_UNIT: Number.NaN } }, { id: "inf", qualified: true, values: { TCO_PER_UNIT: Number.NEGATIVE_INFINITY } }, bids[2]];
    for (const order of permutations(broken)) {
      expect(cheapestValue(order, "TCO_PER_UNIT")).toBe(30);
      expect(scoresById(order, [tcoCriterion])).toEqual({ nan: 0, inf: 0, in: 100 });
    }
    expect(cheapestValue([], "TCO_PER_UNIT")).toBeNull();
  });

  it("a value that is not a finite number counts as missing: 0 points, flagged", () => {
    const crit = [DEFAULT_CRITERIA[0]];
    for (const v of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      const [b] = scoreBids([{ id: "x", qualified: true, values: { FIRST_PASS_RATE: v } }], crit);
      expect(b).toMatchObject({ score: 0, missingData: ["FIRST_PASS_RATE"], criteria: [{ key: "FIRST_PASS_RATE", value: null, normalized: 0, missing: true }] });
    }
    const [ok] = scoreBids([{ id: "x", qualified: true, values: { FIRST_PASS_RATE: 0.98 } }], crit);
    expect(ok).toMatchObject({ score: 100, missingData: [], criteria: [{ key: "FIRST_PASS_RATE", value: 0.98, normalized: 1, missing: false }] });
  });

  it("the score is the weight-averaged n: weights (3, 1) on n (1, 0) give 75", () => {
    const crit: Criterion[] = [
      { key: "a", label: "a", direction: "higher", scale: { kind: "benchmark", floor: 0, ceiling: 1 }, weight: 3 },
      { key: "b", label: "b", direction: "higher", scale: { kind: "benchmark", floor: 0, ceiling: 1 }, weight: 1 },
    ];
    expect(scoreBids([{ id: "x", qualified: true, values: { a: 1, b: 0 } }], crit)[0].score).toBeCloseTo(75, 12);
    expect(scoreBids([{ id: "x", qualified: true, values: { a: 0, b: 1 } }], crit)[0].score).toBeCloseTo(25, 12);
  });

  it("all weights zero scores 0 rather than NaN", () => {
    const crit = DEFAULT_CRITERIA.map((c) => ({ ...c, weight: 0 }));
    expect(scoreBids([{ id: "a", qualified: true, values: {} }], crit)[0].score).toBe(0);
  });

  it("property: adding a bid never reorders the others on benchmark-scaled criteria", () => {
    const benchmarkCriteria = DEFAULT_CRITERIA.filter((c) => c.scale.kind === "benchmark");
    const bidArb = (id: string) =>
      fc.record({
        id: fc.constant(id),
        qualified: fc.boolean(),
        values: fc.record(Object.fromEntries(benchmarkCriteria.map((c) => [c.key, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })]))),
      });
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

describe("normalisation (MODEL.md §4)", () => {
  it("higher-is-better: (x − floor) / (ceiling − floor), clamped to [0, 1]", () => {
    expect(normalizeOnScale(0.79, 0.6, 0.98, "higher")).toBeCloseTo(0.5, 12);
    expect(normalizeOnScale(0.5, 0.6, 0.98, "higher")).toBe(0);
    expect(normalizeOnScale(0.99, 0.6, 0.98, "higher")).toBe(1);
    expect(normalizeOnScale(0.6, 0.6, 0.98, "higher")).toBe(0);
    expect(normalizeOnScale(0.98, 0.6, 0.98, "higher")).toBe(1);
  });
  it("lower-is-better: (ceiling − x) / (ceiling − floor), clamped to [0, 1]", () => {
    expect(normalizeOnScale(0.065, 0.02, 0.2, "lower")).toBeCloseTo(0.75, 12);
    expect(normalizeOnScale(0.01, 0.02, 0.2, "lower")).toBe(1);
    expect(normalizeOnScale(0.3, 0.02, 0.2, "lower")).toBe(0);
  });
  it("a scale without width gives 0 rather than NaN or Infinity", () => {
    expect(normalizeOnScale(0.5, 0.5, 0.5, "higher")).toBe(0);
    expect(normalizeOnScale(0.5, 0.6, 0.4, "lower")).toBe(0);
  });
  it("ratio to the cheapest: cheapest / value, at most 1; a free bid (0) scores 1", () => {
    expect(normalizeRatioToCheapest(40, 10)).toBe(0.25);
    expect(normalizeRatioToCheapest(10, 10)).toBe(1);
    expect(normalizeRatioToCheapest(5, 10)).toBe(1);
    expect(normalizeRatioToCheapest(0, 0)).toBe(1);
    expect(normalizeRatioToCheapest(10, -5)).toBe(0);
  });
  it("the benchmark midpoint is the middle of the scale; a ratio criterion has none", () => {
    expect(benchmarkMidpoint(DEFAULT_CRITERIA[1])).toBeCloseTo(0.895, 12);
    expect(benchmarkMidpoint(DEFAULT_CRITERIA[2])).toBeCloseTo(0.11, 12);
    expect(benchmarkMidpoint(tcoCriterion)).toBeNull();
  });
  it("MODEL.md §4 default criteria: direction, benchmark scale and weight", () => {
    expect(DEFAULT_CRITERIA.map((c) => [c.key, c.direction, c.scale, c.weight, c.metric ?? null])).toEqual([
      ["FIRST_PASS_RATE", "higher", { kind: "benchmark", floor: 0.6, ceiling: 0.98 }, 20, "FIRST_PASS_RATE"],
      ["CODING_ACCURACY", "higher", { kind: "benchmark", floor: 0.8, ceiling: 0.99 }, 20, "CODING_ACCURACY"],
      ["DENIAL_RATE", "lower", { kind: "benchmark", floor: 0.02, ceiling: 0.2 }, 15, "DENIAL_RATE"],
      ["COMPLIANCE_MATURITY", "higher", { kind: "benchmark", floor: 0, ceiling: 1 }, 15, null],
      ["CERTIFIED_STAFF_SHARE", "higher", { kind: "benchmark", floor: 0, ceiling: 1 }, 10, null],
      ["STAFF_TURNOVER", "lower", { kind: "benchmark", floor: 0.1, ceiling: 0.6 }, 5, "STAFF_TURNOVER"],
      ["TCO_PER_UNIT", "lower", { kind: "ratioToCheapest" }, 15, null],
    ]);
  });
});

describe("auditDefensibility", () => {
  it("40 × n(coding) + 30 × maturity + 20 × independent share + 10 × human oversight", () => {
    // coding 0.895 → n = 0.5 → 20; maturity 0.6 → 18; 1 of 4 independent → 5; human in the loop → 10.
    expect(auditDefensibility({ codingAccuracy: 0.895, complianceMaturity: 0.6, usedMetricSources: ["AUDITED", "VENDOR_CLAIMED", "REFERENCE_CHECK", "VENDOR_CLAIMED"], aiUse: "HUMAN_IN_THE_LOOP" })).toBeCloseTo(53, 10);
    expect(auditDefensibility({ codingAccuracy: null, complianceMaturity: 0, usedMetricSources: [], aiUse: "AUTONOMOUS" })).toBe(0);
    expect(auditDefensibility({ codingAccuracy: 0.99, complianceMaturity: 1, usedMetricSources: ["CLIENT_MEASURED"], aiUse: "NONE" })).toBeCloseTo(100, 10);
  });
  it("each term on its own: coding on its benchmark scale, maturity clamped to [0, 1], only client-measured and audited count as independent, autonomous AI loses the oversight points", () => {
    const none = { codingAccuracy: null, complianceMaturity: 0, usedMetricSources: [], aiUse: "AUTONOMOUS" } as const;
    expect(auditDefensibility({ ...none, codingAccuracy: 0.8 })).toBe(0);
    expect(auditDefensibility({ ...none, codingAccuracy: 0.99 })).toBeCloseTo(40, 10);
    expect(auditDefensibility({ ...none, codingAccuracy: 1.2 })).toBeCloseTo(40, 10);
    expect(auditDefensibility({ ...none, complianceMaturity: 0.5 })).toBeCloseTo(15, 10);
    expect(auditDefensibility({ ...none, complianceMaturity: 1.5 })).toBeCloseTo(30, 10);
    expect(auditDefensibility({ ...none, complianceMaturity: -0.5 })).toBe(0);
    expect(auditDefensibility({ ...none, usedMetricSources: ["AUDITED", "CLIENT_MEASURED"] })).toBeCloseTo(20, 10);
    expect(auditDefensibility({ ...none, usedMetricSources: ["VENDOR_CLAIMED", "REFERENCE_CHECK"] })).toBe(0);
    expect(auditDefensibility({ ...none, usedMetricSources: ["AUDITED", "REFERENCE_CHECK", "VENDOR_CLAIMED", "VENDOR_CLAIMED"] })).toBeCloseTo(5, 10);
    expect(auditDefensibility({ ...none, aiUse: "NONE" })).toBe(10);
    expect(auditDefensibility({ ...none, aiUse: "HUMAN_IN_THE_LOOP" })).toBe(10);
  });
});
