import { describe, expect, it } from "vitest";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import type { Bid, Pricing, TcoScenario } from "@/lib/tco/scenario";

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
  const result = runTcoScenario(scenario({ model: "PER_UNIT", rate: 12 }));
  const bid = result.bids[0];

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
  const result = runTcoScenario(scenario({ model: "PER_UNIT", rate: 12 }, { termMonths: 3, assumptions: { ...assumptions, rampMonths: 2 } }));
  const bid = result.bids[0];
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
