import { describe, expect, it } from "vitest";
import { ARTICLE_PERFORMANCE_RANGES, MEDCENTRAL_SCENARIO } from "@/lib/tco/article-fixtures";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import type { TcoScenario } from "@/lib/tco/scenario";
import { TcoScenarioSchema } from "@/lib/schemas/tco-scenario";

describe("MedCentral case (article figures as inputs)", () => {
  it("is a valid request body", () => expect(TcoScenarioSchema.safeParse(MEDCENTRAL_SCENARIO).success).toBe(true));

  it("the specialized bid pays back within the first quarter", () => {
    const [, specialized] = runTcoScenario(MEDCENTRAL_SCENARIO).bids;
    expect(specialized.paybackMonth).not.toBeNull();
    expect(specialized.paybackMonth!).toBeLessThanOrEqual(3);
  });

  it("the specialized bid realizes more net revenue than the generalist, despite the higher hourly rate", () => {
    const [generalist, specialized] = runTcoScenario(MEDCENTRAL_SCENARIO).bids;
    expect(specialized.components.fees).toBeGreaterThan(generalist.components.fees);
    expect(specialized.nrr!).toBeGreaterThan(generalist.nrr!);
    expect(specialized.tco).toBeLessThan(generalist.tco);
    expect(specialized.components.leakage + specialized.components.writeOffs).toBeLessThan(generalist.components.leakage + generalist.components.writeOffs);
  });

  it("fit: complex claims call for a specialist, so the generalist line is a mismatch", () => {
    const [generalist, specialized] = runTcoScenario(MEDCENTRAL_SCENARIO).bids;
    expect(generalist.fit[0]).toMatchObject({ recommendation: "SPECIALIZED", fit: false });
    expect(specialized.fit[0].fit).toBe(true);
  });
});

describe("the article's comparison-table ranges under Monte Carlo", () => {
  function articleRanges(): TcoScenario {
    const scenario: TcoScenario = structuredClone(MEDCENTRAL_SCENARIO);
    const [gen, spec] = scenario.bids;
    gen.lines[0].performance.firstPassRate = ARTICLE_PERFORMANCE_RANGES.GENERALIST.firstPassRate;
    gen.lines[0].performance.codingAccuracy = ARTICLE_PERFORMANCE_RANGES.GENERALIST.codingAccuracy;
    spec.lines[0].performance.firstPassRate = ARTICLE_PERFORMANCE_RANGES.SPECIALIZED.firstPassRate;
    spec.lines[0].performance.codingAccuracy = ARTICLE_PERFORMANCE_RANGES.SPECIALIZED.codingAccuracy;
    // MODEL.md: the baseline rework share is "best offered as a range 0.35–0.50".
    scenario.functions[0].baseline.reworkRate = { low: 0.35, mode: 0.35, high: 0.5 };
    scenario.monteCarlo = { iterations: 2000, seed: 42 };
    return scenario;
  }

  it("the specialized bid has the lowest TCO in (nearly) every draw and pays back in the first quarter at P90", () => {
    const [g, s] = runTcoScenario(articleRanges()).bids;
    expect(s.uncertainty!.probabilityLowestTco).toBeGreaterThan(0.99);
    expect(g.uncertainty!.probabilityLowestTco + s.uncertainty!.probabilityLowestTco).toBeCloseTo(1, 12);
    expect(s.uncertainty!.paybackMonth.p90!).toBeLessThanOrEqual(3);
    expect(s.uncertainty!.nrr.p10!).toBeGreaterThan(g.uncertainty!.nrr.p90!);
  });

  it("the tornado lists the ranged inputs per bid, biggest swing first", () => {
    const specBars = runTcoScenario({ ...articleRanges(), monteCarlo: undefined }).tornado!.filter((t) => t.bidId === "specialized");
    expect(specBars.map((b) => b.input).sort()).toEqual(["bids.1.lines.0.performance.codingAccuracy", "bids.1.lines.0.performance.firstPassRate", "functions.0.baseline.reworkRate"]);
    const swings = specBars.map((b) => Math.abs(b.high - b.low));
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    // Better coding lowers the TCO: TCO at the high end of coding accuracy is below the low end.
    const coding = specBars.find((b) => b.input.endsWith("codingAccuracy"))!;
    expect(coding.high).toBeLessThan(coding.low);
  });
});
