import { describe, expect, it } from "vitest";
import { assumptionRows } from "@/lib/evaluation/assumption-sources";
import { criterionWeightsOf, MODEL_CRITERION_WEIGHTS, organizationDefaultsToStore, parseAssumptionSources } from "@/lib/evaluation/organization-defaults";
import { ASSUMPTION_DEFAULTS } from "@/lib/tco/assumptions";

describe("organizationDefaultsToStore", () => {
  it("keeps only the figures that depart from MODEL.md's, each with its trimmed source", () => {
    const stored = organizationDefaultsToStore({
      assumptions: { reworkCostPerDenial: { low: 45, mode: 64, high: 120 }, undercodeShare: 0.5, claimHaircut: 0.4, departureCost: { low: 5000, mode: 5000, high: 5000 } },
      sources: { reworkCostPerDenial: "  Our 2026 study ", undercodeShare: "ignored: MODEL.md's figure", claimHaircut: "Audit 2025" },
      weights: { ...MODEL_CRITERION_WEIGHTS },
    });
    // A range whose ends equal MODEL.md's point is still a range: it departs.
    expect(stored).toEqual({
      assumptions: { reworkCostPerDenial: { low: 45, mode: 64, high: 120 }, claimHaircut: 0.4, departureCost: { low: 5000, mode: 5000, high: 5000 } },
      assumptionSources: { reworkCostPerDenial: "Our 2026 study", claimHaircut: "Audit 2025" },
      criterionWeights: {},
    });
  });

  it("stores every weight once one differs from MODEL.md §4's", () => {
    const weights = { ...MODEL_CRITERION_WEIGHTS, FIRST_PASS_RATE: 10, CODING_ACCURACY: 30 };
    expect(organizationDefaultsToStore({ assumptions: {}, sources: {}, weights }).criterionWeights).toEqual(weights);
  });
});

describe("reading stored defaults", () => {
  it("weights: the stored set when complete, else MODEL.md §4's", () => {
    const own = { ...MODEL_CRITERION_WEIGHTS, TCO_PER_UNIT: 25, STAFF_TURNOVER: 0, FIRST_PASS_RATE: 15 };
    expect(criterionWeightsOf(own)).toEqual(own);
    expect(criterionWeightsOf({})).toEqual(MODEL_CRITERION_WEIGHTS);
    expect(criterionWeightsOf({ ...own, DENIAL_RATE: -1 })).toEqual(MODEL_CRITERION_WEIGHTS);
    expect(criterionWeightsOf(null)).toEqual(MODEL_CRITERION_WEIGHTS);
  });

  it("sources: strings of known assumptions only", () => {
    expect(parseAssumptionSources({ reworkCostPerDenial: "Study", unknown: "x", claimHaircut: 3, breachCost: " " })).toEqual({ reworkCostPerDenial: "Study" });
    expect(parseAssumptionSources([])).toEqual({});
  });
});

describe("assumptionRows with the organisation's sources", () => {
  it("names the organisation's source for its own default, MODEL.md's for MODEL.md's figure, else 'Set for this evaluation'", () => {
    const rows = assumptionRows({ reworkCostPerDenial: 64, claimHaircut: 0.3, breachCost: ASSUMPTION_DEFAULTS.breachCost.value }, { reworkCostPerDenial: 64, claimHaircut: 0.4 }, { reworkCostPerDenial: "Our 2026 study" });
    expect(rows.find((r) => r.name === "reworkCostPerDenial")?.source).toBe("Organisation default: Our 2026 study");
    expect(rows.find((r) => r.name === "claimHaircut")?.source).toBe("Set for this evaluation");
    expect(rows.find((r) => r.name === "breachCost")?.source).toBe(ASSUMPTION_DEFAULTS.breachCost.source);
  });
});
