import { describe, expect, it } from "vitest";
import { MEDCENTRAL_SCENARIO } from "@/lib/tco/article-fixtures";
import { compileScenario } from "@/lib/tco/compile-scenario";
import { netRevenueRealization, tcoPerUnit } from "@/lib/tco/evaluate-deterministic";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import type { TcoScenario } from "@/lib/tco/scenario";

describe("NRR and TCO per unit at the edge of no revenue and no units", () => {
  it("NRR = 1 − TCO / gross from a millionth of a dollar of gross on; below, null", () => {
    expect(netRevenueRealization(250, 1_000)).toBe(0.75);
    expect(netRevenueRealization(0, 1e-6)).toBe(1);
    expect(netRevenueRealization(0, 0.9e-6)).toBeNull();
    expect(netRevenueRealization(10, 0)).toBeNull();
  });
  it("TCO per unit = TCO / units from a billionth of a unit on; below, null", () => {
    expect(tcoPerUnit(250, 1_000)).toBe(0.25);
    expect(tcoPerUnit(1, 1e-9)).toBeCloseTo(1e9, 0);
    expect(tcoPerUnit(1, 0.9e-9)).toBeNull();
  });
});

describe("compiling a scenario", () => {
  it("refuses a line for a function that is not in scope, naming the line", () => {
    const s = structuredClone(MEDCENTRAL_SCENARIO);
    s.bids[1].lines[0].function = "coding";
    expect(() => compileScenario(s)).toThrow('bids.1.lines.0.function: unknown function key "coding"');
  });
  it("keeps the bid order and ids, and a bid without `qualified` is qualified", () => {
    const s = structuredClone(MEDCENTRAL_SCENARIO);
    s.bids[0].qualified = false;
    const c = compileScenario(s);
    expect(c.bidIds).toEqual(["generalist", "specialized"]);
    expect(c.qualified).toEqual([false, true]);
  });
});

describe("runTcoScenario", () => {
  it("fit follows the organisation's decision matrix when one is given", () => {
    const result = runTcoScenario(MEDCENTRAL_SCENARIO, { recommend: () => "GENERALIST_OR_AI_HYBRID" });
    expect(result.bids.map((b) => b.fit)).toEqual([
      [{ function: "billing", recommendation: "GENERALIST_OR_AI_HYBRID", fit: true }],
      [{ function: "billing", recommendation: "GENERALIST_OR_AI_HYBRID", fit: false }],
    ]);
  });
  it("Monte Carlo results land on their own bid; the tornado comes without Monte Carlo", () => {
    const s: TcoScenario = structuredClone(MEDCENTRAL_SCENARIO);
    s.bids[1].oversightPerMonth = { low: 10_000, mode: 15_000, high: 40_000 };
    const deterministic = runTcoScenario(s);
    expect(deterministic.bids.every((b) => b.uncertainty === undefined)).toBe(true);
    expect(deterministic.tornado!.map((t) => t.bidId)).toEqual(["specialized"]);
    const withMc = runTcoScenario({ ...s, monteCarlo: { iterations: 200, seed: 4 } });
    // Only the specialized bid's oversight varies: the generalist's TCO has no spread.
    const [generalist, specialized] = withMc.bids;
    expect(generalist.uncertainty!.tco).toEqual({ p10: generalist.tco, p50: generalist.tco, p90: generalist.tco });
    expect(specialized.uncertainty!.tco.p90!).toBeGreaterThan(specialized.uncertainty!.tco.p10!);
  });
});
