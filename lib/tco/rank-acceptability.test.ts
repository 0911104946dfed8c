import { describe, expect, it } from "vitest";
import type { Criterion } from "@/lib/scoring/criteria";
import type { ScoredBidInput } from "@/lib/scoring/weighted-score";
import { firstRankAcceptability, tcoPerUnitDraws } from "@/lib/tco/rank-acceptability";

const benchmark = (key: string, weight: number): Criterion => ({ key, label: key, direction: "higher", scale: { kind: "benchmark", floor: 0, ceiling: 1 }, weight });
const tcoCriterion: Criterion = { key: "TCO_PER_UNIT", label: "TCO per unit", direction: "lower", scale: { kind: "ratioToCheapest" }, weight: 1 };

describe("firstRankAcceptability", () => {
  it("a bid that dominates on every criterion always ranks first", () => {
    const bids: ScoredBidInput[] = [
      { id: "a", qualified: true, values: { x: 0.9, y: 0.9 } },
      { id: "b", qualified: true, values: { x: 0.5, y: 0.5 } },
    ];
    expect(firstRankAcceptability(bids, [benchmark("x", 1), benchmark("y", 1)], { iterations: 1000, seed: 1 })).toEqual({ a: 1, b: 0 });
  });
  it("a lead that ±25 % weights can flip splits the first rank; probabilities sum to 1", () => {
    // a − b ∝ 0.2 w_x − 0.2 w_y: with w = (1, 1) ± 25 % each wins half the time by symmetry.
    const bids: ScoredBidInput[] = [
      { id: "a", qualified: true, values: { x: 0.7, y: 0.5 } },
      { id: "b", qualified: true, values: { x: 0.5, y: 0.7 } },
    ];
    const p = firstRankAcceptability(bids, [benchmark("x", 1), benchmark("y", 1)], { iterations: 20_000, seed: 5 });
    expect(p.a).toBeGreaterThan(0.45);
    expect(p.a).toBeLessThan(0.55);
    expect(p.a + p.b).toBeCloseTo(1, 12);
  });
  it("a lead larger than any ±25 % swing is stable", () => {
    // a − b ∝ 0.4 w_x − 0.2 w_y ≥ 0 while w_x / w_y ≥ 0.5; ±25 % never goes below 0.75 / 1.25 = 0.6.
    const bids: ScoredBidInput[] = [
      { id: "a", qualified: true, values: { x: 0.9, y: 0.5 } },
      { id: "b", qualified: true, values: { x: 0.5, y: 0.7 } },
    ];
    expect(firstRankAcceptability(bids, [benchmark("x", 1), benchmark("y", 1)], { iterations: 2000, seed: 5 }).a).toBe(1);
  });
  it("TCO per unit follows the Monte Carlo draws, iteration by iteration, and disqualified bids get 0", () => {
    const bids: ScoredBidInput[] = [
      { id: "a", qualified: true, values: { TCO_PER_UNIT: 10 } },
      { id: "b", qualified: true, values: { TCO_PER_UNIT: 10 } },
      { id: "c", qualified: false, values: { TCO_PER_UNIT: 1 } },
    ];
    // a is cheaper in 3 of 4 iterations.
    const tco = [Float64Array.from([90, 90, 90, 110]), Float64Array.from([100, 100, 100, 100]), Float64Array.from([1, 1, 1, 1])];
    const draws = tcoPerUnitDraws(tco, Float64Array.from([10, 10, 10, 10]));
    const p = firstRankAcceptability(bids, [tcoCriterion], { iterations: 4, seed: 1, draws: { TCO_PER_UNIT: draws } });
    expect(p).toEqual({ a: 0.75, b: 0.25, c: 0 });
  });
});
