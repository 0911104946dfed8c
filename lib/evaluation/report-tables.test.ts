import { describe, expect, it } from "vitest";
import { assumptionRows } from "@/lib/evaluation/assumption-sources";
import { COMPARISON_COLUMNS, comparisonRows } from "@/lib/evaluation/comparison-table";
import type { BidOutcome, EvaluationResults } from "@/lib/evaluation/evaluation-results";
import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES } from "@/lib/tco/assumptions";

const bid = (id: string, rank: number, overrides: Partial<BidOutcome> = {}) =>
  ({
    id,
    label: `Bid ${id}`,
    vendor: { id: `v-${id}`, name: `=Vendor ${id}`, operatingModel: "SPECIALIZED", aiUse: "NONE" },
    qualified: true,
    disqualificationReasons: [],
    score: 71.23456,
    rank,
    auditDefensibility: 80,
    rankAcceptability: 0.61234,
    tco: 1234567.891,
    nrr: 0.9561234,
    tcoPerUnit: 12.345678,
    paybackMonth: 2,
    ...overrides,
  }) as BidOutcome;

describe("comparisonRows", () => {
  it("lists qualified bids by rank, then the disqualified with their reason, as plain numbers", () => {
    const results = { bids: [bid("b", 2, { paybackMonth: null, nrr: null, tcoPerUnit: null }), bid("c", 3, { qualified: false, disqualificationReasons: ["Fails the PHI gate."] }), bid("a", 1)] } as unknown as EvaluationResults;
    const rows = comparisonRows(results);
    expect(rows.map((r) => r.Bid)).toEqual(["Bid a", "Bid b", "Bid c"]);
    expect(Object.keys(rows[0])).toEqual([...COMPARISON_COLUMNS]);
    expect(rows[0]).toMatchObject({ Rank: "1", "Weighted score (0-100)": "71.23", "TCO over term (USD)": "1234567.89", "Net revenue realization": "0.956123", "Payback month": "2", "Probability of ranking first": "0.6123" });
    expect(rows[1]).toMatchObject({ "Payback month": "", "Net revenue realization": "", "TCO per unit (USD)": "" });
    expect(rows[2]).toMatchObject({ Rank: "", Qualified: "no", "Disqualification reasons": "Fails the PHI gate." });
  });
});

describe("assumptionRows", () => {
  it("names where each value comes from: the organisation's default, MODEL.md's source, else the evaluation", () => {
    const rows = assumptionRows({ reworkCostPerDenial: { low: 40, mode: 57.23, high: 118 }, claimHaircut: 0.3, breachCost: ASSUMPTION_DEFAULTS.breachCost.value }, { claimHaircut: 0.3, reworkCostPerDenial: 60 });
    expect(rows.map((r) => r.name)).toEqual([...ASSUMPTION_NAMES]);
    expect(rows.find((r) => r.name === "reworkCostPerDenial")).toMatchObject({ value: { low: 40, mode: 57.23, high: 118 }, source: "Set for this evaluation" });
    expect(rows.find((r) => r.name === "claimHaircut")).toMatchObject({ value: 0.3, source: "Organisation default" });
    expect(rows.find((r) => r.name === "breachCost")).toMatchObject({ value: ASSUMPTION_DEFAULTS.breachCost.value, source: ASSUMPTION_DEFAULTS.breachCost.source });
  });
});
