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

  it("without weight spread the ranking is fixed: the leader always wins, equal scores share", () => {
    const bids: ScoredBidInput[] = [
      { id: "a", qualified: true, values: { x: 0.6, y: 0.5 } },
      { id: "b", qualified: true, values: { x: 0.5, y: 0.55 } },
      { id: "c", qualified: true, values: { x: 0.55, y: 0.55 } },
    ];
    // a: 0.55, b: 0.525, c: 0.55 with equal weights.
    expect(firstRankAcceptability(bids, [benchmark("x", 1), benchmark("y", 1)], { iterations: 10, seed: 3, weightSpread: 0 })).toEqual({ a: 0.5, b: 0, c: 0.5 });
  });
  it("the default spread is ±25 %: a lead that ±35 % can flip is stable at the default", () => {
    // a − b ∝ 0.4 w_x − 0.2 w_y ≥ 0 while w_x / w_y ≥ 0.5; ±35 % reaches 0.65 / 1.35 = 0.48.
    const bids: ScoredBidInput[] = [
      { id: "a", qualified: true, values: { x: 0.9, y: 0.5 } },
      { id: "b", qualified: true, values: { x: 0.5, y: 0.7 } },
    ];
    const crit = [benchmark("x", 1), benchmark("y", 1)];
    expect(firstRankAcceptability(bids, crit, { iterations: 4000, seed: 9 }).a).toBe(1);
    expect(firstRankAcceptability(bids, crit, { iterations: 4000, seed: 9, weightSpread: 0.35 }).a).toBeLessThan(1);
  });
  it("all weights zero: every qualified bid scores 0 and they share the first rank", () => {
    const bids: ScoredBidInput[] = [
      { id: "a", qualified: true, values: { x: 0.9 } },
      { id: "b", qualified: false, values: { x: 1 } },
      { id: "c", qualified: true, values: { x: 0.1 } },
    ];
    expect(firstRankAcceptability(bids, [benchmark("x", 0)], { iterations: 5, seed: 1 })).toEqual({ a: 0.5, b: 0, c: 0.5 });
  });
  it("TCO draws re-normalise per iteration against the cheapest qualified bid, never a disqualified one; a missing draw scores 0", () => {
    const bids: ScoredBidInput[] = [
      { id: "a", qualified: true, values: { TCO_PER_UNIT: 10, x: 0.5 } },
      { id: "b", qualified: true, values: { TCO_PER_UNIT: 10, x: 0.6 } },
      { id: "out", qualified: false, values: { TCO_PER_UNIT: 1, x: 0 } },
    ];
    const crit = [tcoCriterion, benchmark("x", 0.05)];
    // Iteration 1: a 100 → n 1 vs b 120 → 0.83: a leads (1 + 0.025 > 0.83 + 0.03). Iteration 2: a has no units (NaN) → 0: b wins.
    const draws = { TCO_PER_UNIT: [Float64Array.from([100, Number.NaN]), Float64Array.from([120, 120]), Float64Array.from([1, 1])] };
    expect(firstRankAcceptability(bids, crit, { iterations: 2, seed: 1, weightSpread: 0, draws })).toEqual({ a: 0.5, b: 0.5, out: 0 });
    // No qualified bid has a draw: the other criteria decide.
    const noneFinite = { TCO_PER_UNIT: [Float64Array.from([Number.NaN]), Float64Array.from([Number.NaN]), Float64Array.from([1])] };
    expect(firstRankAcceptability(bids, crit, { iterations: 1, seed: 1, weightSpread: 0, draws: noneFinite })).toEqual({ a: 0, b: 1, out: 0 });
  });
  it("TCO per unit draws: TCO ÷ units, NaN where there are no units", () => {
    expect(tcoPerUnitDraws([Float64Array.from([100, 50, 7])], Float64Array.from([4, 0, 1e-12])).map((d) => Array.from(d))).toEqual([[25, Number.NaN, Number.NaN]]);
  });
});
