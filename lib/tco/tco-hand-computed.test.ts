import { beforeEach, describe, expect, it } from "vitest";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import type { Bid, Pricing, TcoScenario } from "@/lib/tco/scenario";
import type { BidResult, TcoResult } from "@/lib/tco/tco-result";

/*
 * A scenario small enough to compute by hand. Assumptions chosen for round numbers:
 * delay factor = 0.0365 × 100 / 365 = 0.01; audit factor = (1 − 0.5) × 0.12 × 2 / 12 = 0.01;
 * leakage factor = 0.5 × 0.2 = 0.1; breach: (0.05 − 0.04 × 0.5) × 1,200,000 / 12 = 3,000 a month.
 */
const assumptions = {
  reworkCostPerDenial: 50,
  undercodeShare: 0.5,
  undercodeLoss: 0.2,
  auditRate: 0.12,
  recoupmentMultiplier: 2,
  costOfCapital: 0.0365,
  delayDays: 100,
  breachCost: 1_200_000,
  breachProbAtZero: 0.05,
  breachProbAtFull: 0.01,
  departureCost: 1000,
  rampMonths: 0,
};

function scenario(pricing: Pricing, overrides: Partial<TcoScenario> = {}, bid: Partial<Bid> = {}): TcoScenario {
  return {
    termMonths: 12,
    assumptions,
    functions: [
      {
        key: "claims",
        function: "COMPLEX_CLAIMS_DENIALS",
        volumePerMonth: 1000,
        revenuePerUnit: 100,
        baseline: { denialRate: 0.2, reworkRate: 0.5, overturnRate: 0.5, codingAccuracy: 0.9, firstPassRate: 0.8, monthlyCost: 10_000 },
      },
    ],
    bids: [
      {
        id: "bid",
        vendorModel: "SPECIALIZED",
        implementationFee: 20_000,
        oversightPerMonth: 850,
        fte: 10,
        turnoverRate: 0.6,
        complianceMaturity: 0.5,
        lines: [{ function: "claims", pricing, performance: { denialRate: 0.1, reworkRate: 1, overturnRate: 0.5, codingAccuracy: 0.95, firstPassRate: 0.9 } }],
        ...bid,
      },
    ],
    ...overrides,
  };
}

describe("TCO by hand, no ramp, 12 months", () => {
  let result: TcoResult;
  let bid: BidResult;
  beforeEach(() => {
    result = runTcoScenario(scenario({ model: "PER_UNIT", rate: 12 }));
    bid = result.bids[0];
  });

  it("baseline month: fees 10,000 + rework 5,000 + write-offs 15,000 + leakage 1,000 + audit 100 + delay 200", () => {
    // denials 200; rework 200 × 0.5 × 50; write-offs 200 × (1 − 0.5 × 0.5) × 100;
    // miscoded revenue 1000 × 0.1 × 100 = 10,000 → leakage × 0.1, audit × 0.01; delay 1000 × 0.2 × 100 × 0.01.
    expect(result.baseline.monthly[0]).toBeCloseTo(31_300, 6);
    expect(result.baseline.tco).toBeCloseTo(12 * 31_300, 6);
    expect(result.baseline.monthly).toHaveLength(12);
    expect(result.baseline.components).toMatchObject({
      fees: expect.closeTo(12 * 10_000, 6),
      reworkCost: expect.closeTo(12 * 5_000, 6),
      writeOffs: expect.closeTo(12 * 15_000, 6),
      leakage: expect.closeTo(12 * 1_000, 6),
      auditExposure: expect.closeTo(12 * 100, 6),
      delayCost: expect.closeTo(12 * 200, 6),
      turnoverCost: 0,
      complianceRisk: 0,
      oversight: 0,
      implementationFee: 0,
    });
  });

  it("every component of the bid", () => {
    // Line month: denials 100; rework 100 × 1 × 50 = 5,000; write-offs 100 × 0.5 × 100 = 5,000;
    // miscoded 1000 × 0.05 × 100 = 5,000 → leakage 500, audit 50; delay 1000 × 0.1 × 100 × 0.01 = 100;
    // fees 12 × 1000 = 12,000. Bid level: turnover 10 × 0.6 / 12 × 1000 = 500; compliance 3,000; oversight 850.
    const c = bid.components;
    expect(c.fees).toBeCloseTo(144_000, 6);
    expect(c.reworkCost).toBeCloseTo(60_000, 6);
    expect(c.writeOffs).toBeCloseTo(60_000, 6);
    expect(c.leakage).toBeCloseTo(6_000, 6);
    expect(c.auditExposure).toBeCloseTo(600, 6);
    expect(c.delayCost).toBeCloseTo(1_200, 6);
    expect(c.turnoverCost).toBeCloseTo(6_000, 6);
    expect(c.complianceRisk).toBeCloseTo(36_000, 6);
    expect(c.oversight).toBeCloseTo(10_200, 6);
    expect(c.implementationFee).toBe(20_000);
    expect(bid.tco).toBeCloseTo(344_000, 6);
    const sum = Object.values(c).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(bid.tco, 6);
  });

  it("gross, NRR, TCO per unit", () => {
    expect(bid.gross).toBe(1_200_000);
    expect(bid.nrr).toBeCloseTo(1 - 344_000 / 1_200_000, 12);
    expect(bid.tcoPerUnit).toBeCloseTo(344_000 / 12_000, 9);
  });

  it("monthly series and payback: 4,300 a month against −20,000 up front pays back in month 5", () => {
    expect(bid.monthly[0]).toMatchObject({ month: 1 });
    expect(bid.monthly[0].cost).toBeCloseTo(47_000, 6);
    expect(bid.monthly[0].cumulativeNetBenefit).toBeCloseTo(-15_700, 6);
    expect(bid.monthly[3].cumulativeNetBenefit).toBeCloseTo(-2_800, 6);
    expect(bid.monthly[4].cumulativeNetBenefit).toBeCloseTo(1_500, 6);
    expect(bid.monthly[11].netBenefit).toBeCloseTo(4_300, 6);
    expect(bid.paybackMonth).toBe(5);
  });

  it("fit: a specialized vendor fits complex claims", () => {
    expect(bid.fit).toEqual([{ function: "claims", recommendation: "SPECIALIZED", fit: true }]);
  });

  it("no ranges: no tornado and no uncertainty", () => {
    expect(result.tornado).toBeUndefined();
    expect(bid.uncertainty).toBeUndefined();
  });
});

describe("pricing models by hand (steady month fees)", () => {
  const fees = (pricing: Pricing) => runTcoScenario(scenario(pricing)).bids[0].components.fees / 12;
  it("PER_HOUR: 40 × 300 hours = 12,000", () => expect(fees({ model: "PER_HOUR", rate: 40, hoursPerMonth: 300 })).toBeCloseTo(12_000, 6));
  it("PER_FTE_MONTH: 4,000 × 3 FTE = 12,000", () => expect(fees({ model: "PER_FTE_MONTH", rate: 4000, fte: 3 })).toBeCloseTo(12_000, 6));
  it("PER_UNIT: 12 × 1,000 units = 12,000", () => expect(fees({ model: "PER_UNIT", rate: 12 })).toBeCloseTo(12_000, 6));
  it("PERCENT_OF_COLLECTIONS: 10 % × (100,000 − 5,000 − 500 − 50) = 9,445", () =>
    expect(fees({ model: "PERCENT_OF_COLLECTIONS", rate: 0.1 })).toBeCloseTo(9_445, 6));
  it("monthly minimum lifts fees: max(5 × 1,000, 8,000) = 8,000", () => expect(fees({ model: "PER_UNIT", rate: 5, monthlyMinimum: 8000 })).toBeCloseTo(8_000, 6));
  it("monthly minimum below the fees changes nothing", () => expect(fees({ model: "PER_HOUR", rate: 40, hoursPerMonth: 300, monthlyMinimum: 100 })).toBeCloseTo(12_000, 6));
  it("minimum on percent of collections: max(9,445, 10,000)", () =>
    expect(fees({ model: "PERCENT_OF_COLLECTIONS", rate: 0.1, monthlyMinimum: 10_000 })).toBeCloseTo(10_000, 6));
});

describe("ramp by hand: R = 2, T = 3", () => {
  let bid: BidResult;
  beforeEach(() => {
    bid = runTcoScenario(scenario({ model: "PER_UNIT", rate: 12 }, { termMonths: 3, assumptions: { ...assumptions, rampMonths: 2 } })).bids[0];
  });
  it("month 1 runs at w = 1/2, months 2–3 at steady state", () => {
    // w = 0.5: d 0.15, r 0.75, o 0.5, q 0.925, p 0.85 → rework 150 × 0.75 × 50 = 5,625;
    // write-offs 150 × (1 − 0.375) × 100 = 9,375; miscoded 7,500 → leakage 750, audit 75; delay 150;
    // fees 12,000 → line 27,975 + bid level 4,350 + implementation 20,000 = 52,325.
    expect(bid.monthly[0].cost).toBeCloseTo(52_325, 6);
    expect(bid.monthly[1].cost).toBeCloseTo(27_000, 6);
    expect(bid.monthly[2].cost).toBeCloseTo(27_000, 6);
    expect(bid.tco).toBeCloseTo(106_325, 6);
    expect(bid.components.reworkCost).toBeCloseTo(5_625 + 2 * 5_000, 6);
  });
  it("cumulative −21,025, −16,725, −12,425: no payback within 3 months", () => {
    expect(bid.monthly.map((m) => m.cumulativeNetBenefit)).toEqual([expect.closeTo(-21_025, 6), expect.closeTo(-16_725, 6), expect.closeTo(-12_425, 6)]);
    expect(bid.paybackMonth).toBeNull();
  });
  it("a fractional ramp R = 1.5 ramps month 1 only, at w = 2/3", () => {
    const r = runTcoScenario(scenario({ model: "PER_UNIT", rate: 12 }, { termMonths: 3, assumptions: { ...assumptions, rampMonths: 1.5 } })).bids[0];
    expect(r.monthly[1].cost).toBeCloseTo(27_000, 6);
    expect(r.monthly[0].cost).toBeGreaterThan(47_000);
  });
});

describe("defaults and nulls", () => {
  it("a bid with no bid-level numbers carries the highest breach risk and nothing else", () => {
    const s = scenario({ model: "PER_UNIT", rate: 12 }, {}, { implementationFee: undefined, oversightPerMonth: undefined, fte: undefined, turnoverRate: undefined, complianceMaturity: undefined });
    const c = runTcoScenario(s).bids[0].components;
    expect(c.complianceRisk).toBeCloseTo(12 * (0.05 * 1_200_000) / 12, 6);
    expect(c.turnoverCost + c.oversight + c.implementationFee).toBe(0);
  });
  it("NRR is null when there is no revenue, TCO per unit null when there are no units", () => {
    const s = scenario({ model: "PER_HOUR", rate: 40, hoursPerMonth: 300 });
    s.functions[0].revenuePerUnit = 0;
    expect(runTcoScenario(s).bids[0].nrr).toBeNull();
    s.functions[0].volumePerMonth = 0;
    const bid = runTcoScenario(s).bids[0];
    expect(bid.tcoPerUnit).toBeNull();
    expect(bid.tco).toBeGreaterThan(0);
  });
});

/*
 * Ramp by hand, one scenario per pricing model: R = 3, T = 6, so month 1 runs at w = 1/3, month 2
 * at w = 2/3 and months 3–6 at the bid's steady state. Every rate moves, the overturn rate too
 * (0.5 → 0.8), so each term of the ramp polynomial (d·r·o is cubic in w) carries weight.
 *
 *                      w = 1/3    w = 2/3    w = 1
 * d  (0.20 → 0.11)      0.17       0.14       0.11
 * r  (0.50 → 0.80)      0.60       0.70       0.80
 * o  (0.50 → 0.80)      0.60       0.70       0.80
 * q  (0.90 → 0.96)      0.92       0.94       0.96
 * p  (0.80 → 0.92)      0.84       0.88       0.92
 * denials = 1000·d       170        140        110
 * rework = denials·r·50  5,100      4,900      4,400
 * write-offs = denials·(1 − r·o)·100
 *                       10,880     7,140      3,960
 * miscoded = 1000·(1 − q)·100
 *                        8,000      6,000      4,000  → leakage ×0.1: 800, 600, 400; audit ×0.01: 80, 60, 40
 * delay = 1000·(1 − p)·100·0.01
 *                          160        120         80
 * line losses           17,020     12,820      8,880
 * collected = 100,000 − write-offs − leakage − audit
 *                       88,240     92,200     95,600
 * Bid level each month: turnover 500 + compliance 3,000 + oversight 850 = 4,350; implementation
 * 20,000 in month 1. Baseline: 31,300 a month (first describe).
 */
describe("ramp by hand, one scenario per pricing model: R = 3, T = 6, overturn rate 0.5 → 0.8", () => {
  const rampPerformance = { denialRate: 0.11, reworkRate: 0.8, overturnRate: 0.8, codingAccuracy: 0.96, firstPassRate: 0.92 };
  const ramped = (pricing: Pricing) => {
    const s = scenario(pricing, { termMonths: 6, assumptions: { ...assumptions, rampMonths: 3 } });
    s.bids[0].lines[0].performance = rampPerformance;
    return runTcoScenario(s).bids[0];
  };
  const losses = { reworkCost: 5_100 + 4_900 + 4 * 4_400, writeOffs: 10_880 + 7_140 + 4 * 3_960, leakage: 800 + 600 + 4 * 400, auditExposure: 80 + 60 + 4 * 40, delayCost: 160 + 120 + 4 * 80 };
  const bidLevel = { turnoverCost: 6 * 500, complianceRisk: 6 * 3_000, oversight: 6 * 850, implementationFee: 20_000 };
  const monthlyLosses = [17_020, 12_820, 8_880, 8_880, 8_880, 8_880];

  /** Monthly costs from the fees of each month, and everything the bid's result must then say. */
  function expectRamp(bid: BidResult, fees: number[], payback: number | null) {
    const cost = fees.map((f, m) => f + monthlyLosses[m] + 4_350 + (m === 0 ? 20_000 : 0));
    expect(bid.monthly.map((m) => m.cost)).toEqual(cost.map((c) => expect.closeTo(c, 6)));
    let cumulative = 0;
    expect(bid.monthly.map((m) => m.cumulativeNetBenefit)).toEqual(cost.map((c) => expect.closeTo((cumulative += 31_300 - c), 6)));
    expect(bid.monthly.map((m) => m.netBenefit)).toEqual(cost.map((c) => expect.closeTo(31_300 - c, 6)));
    const tco = cost.reduce((a, b) => a + b, 0);
    expect(bid.tco).toBeCloseTo(tco, 6);
    const components = { fees: fees.reduce((a, b) => a + b, 0), ...losses, ...bidLevel };
    expect(bid.components).toEqual(Object.fromEntries(Object.entries(components).map(([k, v]) => [k, expect.closeTo(v, 6)])));
    expect(bid.paybackMonth).toBe(payback);
    expect(bid.nrr).toBeCloseTo(1 - tco / 600_000, 12);
    expect(bid.tcoPerUnit).toBeCloseTo(tco / 6_000, 9);
  }

  it("PER_HOUR: 40 × 300 h = 12,000 every month; TCO 183,460; cumulative −22,070 … +4,340 pays back in month 6", () => {
    const bid = ramped({ model: "PER_HOUR", rate: 40, hoursPerMonth: 300 });
    expectRamp(bid, [12_000, 12_000, 12_000, 12_000, 12_000, 12_000], 6);
    expect(bid.tco).toBeCloseTo(183_460, 6);
    expect(bid.monthly[5].cumulativeNetBenefit).toBeCloseTo(4_340, 6);
  });

  it("PER_FTE_MONTH: 4,500 × 3 FTE = 13,500 every month, ramp months included (minimum 13,000 does not bind); TCO 192,460; no payback in 6 months", () => {
    const bid = ramped({ model: "PER_FTE_MONTH", rate: 4_500, fte: 3, monthlyMinimum: 13_000 });
    expectRamp(bid, [13_500, 13_500, 13_500, 13_500, 13_500, 13_500], null);
    expect(bid.tco).toBeCloseTo(192_460, 6);
    expect(bid.monthly[5].cumulativeNetBenefit).toBeCloseTo(-4_660, 6);
  });

  it("PER_UNIT: 11 × 1,000 units = 11,000 lifted to the 11,500 minimum in every month; TCO 180,460; pays back in month 5", () => {
    const bid = ramped({ model: "PER_UNIT", rate: 11, monthlyMinimum: 11_500 });
    expectRamp(bid, [11_500, 11_500, 11_500, 11_500, 11_500, 11_500], 5);
    expect(bid.tco).toBeCloseTo(180_460, 6);
    expect(bid.monthly[4].cumulativeNetBenefit).toBeCloseTo(770, 6);
  });

  it("PERCENT_OF_COLLECTIONS: 10 % of 88,240 / 92,200 / 95,600 collected, the 9,000 minimum binding in month 1 only; TCO 167,920; pays back in month 4", () => {
    const bid = ramped({ model: "PERCENT_OF_COLLECTIONS", rate: 0.1, monthlyMinimum: 9_000 });
    expectRamp(bid, [9_000, 9_220, 9_560, 9_560, 9_560, 9_560], 4);
    expect(bid.tco).toBeCloseTo(167_920, 6);
    expect(bid.components.fees).toBeCloseTo(56_460, 6);
    expect(bid.monthly[3].cumulativeNetBenefit).toBeCloseTo(2_860, 6);
  });

  it("PERCENT_OF_COLLECTIONS without a minimum: 8,824 / 9,220 / 9,560", () => {
    expectRamp(ramped({ model: "PERCENT_OF_COLLECTIONS", rate: 0.1 }), [8_824, 9_220, 9_560, 9_560, 9_560, 9_560], 4);
  });
});

describe("collections never go negative", () => {
  /*
   * Extreme audit assumptions: every coding error is an over-coding (undercodeShare 0) audited with
   * certainty (auditRate 1) at 60 × revenue: audit = 1000 × (1 − q) × 100 × 60 / 12 = 500,000 × (1 − q),
   * more than the 100,000 of revenue whenever q < 0.8. Collections then count as 0, and so do fees.
   */
  const extreme = { ...assumptions, undercodeShare: 0, auditRate: 1, recoupmentMultiplier: 60 };
  it("percent-of-collections fees are 0 (or the minimum) when audit recoupment exceeds revenue, in steady and ramp months", () => {
    const s = scenario({ model: "PERCENT_OF_COLLECTIONS", rate: 0.1 }, { termMonths: 4, assumptions: { ...extreme, rampMonths: 3 } });
    // Baseline q 0.9 → 0.5 at the bid: collected at w = 1/3, 2/3, 1 is 100,000 − write-offs − audit with
    // audit 500,000 × (1 − q) = 50,000 × (1 + 4w)… and negative from w = 1/3 on (q = 0.7667 < 0.8).
    s.bids[0].lines[0].performance = { denialRate: 0.1, reworkRate: 1, overturnRate: 0.5, codingAccuracy: 0.5, firstPassRate: 0.9 };
    expect(runTcoScenario(s).bids[0].components.fees).toBe(0);
    s.bids[0].lines[0].pricing = { model: "PERCENT_OF_COLLECTIONS", rate: 0.1, monthlyMinimum: 2_500 };
    expect(runTcoScenario(s).bids[0].components.fees).toBeCloseTo(4 * 2_500, 6);
    s.assumptions = { ...extreme, rampMonths: 0 };
    expect(runTcoScenario(s).bids[0].components.fees).toBeCloseTo(4 * 2_500, 6);
    s.bids[0].lines[0].pricing = { model: "PERCENT_OF_COLLECTIONS", rate: 0.1 };
    expect(runTcoScenario(s).bids[0].components.fees).toBe(0);
  });
  it("and where collections stay positive, the fee is the rate × collected in each month", () => {
    const s = scenario({ model: "PERCENT_OF_COLLECTIONS", rate: 0.1 }, { termMonths: 1, assumptions: { ...extreme, rampMonths: 0 } });
    s.bids[0].lines[0].performance = { denialRate: 0.1, reworkRate: 1, overturnRate: 0.5, codingAccuracy: 0.9, firstPassRate: 0.9 };
    // write-offs 100 × 0.5 × 100 = 5,000; audit 500,000 × 0.1 = 50,000; leakage 0 → collected 45,000.
    expect(runTcoScenario(s).bids[0].components.fees).toBeCloseTo(4_500, 6);
  });
});
