import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import type { ScenarioFunction, TcoScenario } from "@/lib/tco/scenario";

const coding: ScenarioFunction = {
  key: "coding",
  function: "MEDICAL_CODING",
  volumePerMonth: 1000,
  revenuePerUnit: 2000,
  baseline: { denialRate: 0.12, reworkRate: 0.4, overturnRate: 0.5, codingAccuracy: 0.85, firstPassRate: 0.75, monthlyCost: 30_000 },
};
const scheduling: ScenarioFunction = {
  key: "scheduling",
  function: "PATIENT_SCHEDULING",
  volumePerMonth: 5000,
  revenuePerUnit: 0,
  baseline: { denialRate: 0, reworkRate: 0, overturnRate: 0, codingAccuracy: 1, firstPassRate: 1, monthlyCost: 12_000 },
};
const codingLine = {
  function: "coding",
  pricing: { model: "PER_UNIT" as const, rate: 40 },
  performance: { denialRate: 0.05, reworkRate: 0.8, overturnRate: 0.6, codingAccuracy: 0.97, firstPassRate: 0.92 },
};

function scenario(termMonths: number, schedulingMonthlyCost: number): TcoScenario {
  return {
    termMonths,
    functions: [coding, { ...scheduling, baseline: { ...scheduling.baseline, monthlyCost: schedulingMonthlyCost } }],
    bids: [
      { id: "coding-only", vendorModel: "SPECIALIZED", lines: [codingLine] },
      {
        id: "both, scheduling as today",
        vendorModel: "SPECIALIZED",
        lines: [
          codingLine,
          // Exactly today's arrangement for scheduling: same rates, today's cost as a flat fee.
          { function: "scheduling", pricing: { model: "PER_HOUR", rate: schedulingMonthlyCost, hoursPerMonth: 1 }, performance: scheduling.baseline },
        ],
      },
    ],
  };
}

describe("a bid for part of the scope", () => {
  it("keeps the uncovered functions at today's cost, so omitting a function makes no bid cheaper", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 1_000_000 }), (term, cost) => {
        const result = runTcoScenario(scenario(term, cost));
        const [partial, explicit] = result.bids;
        expect(partial.tco).toBeCloseTo(explicit.tco, 6);
        expect(partial.components.fees).toBeCloseTo(explicit.components.fees, 6);
        expect(partial.paybackMonth).toBe(explicit.paybackMonth);
      }),
    );
  });

  it("adds the uncovered function's baseline cost for every month of the term", () => {
    const withCheap = runTcoScenario(scenario(24, 0)).bids[0];
    const withDear = runTcoScenario(scenario(24, 10_000)).bids[0];
    expect(withDear.tco - withCheap.tco).toBeCloseTo(24 * 10_000, 6);
  });
});
