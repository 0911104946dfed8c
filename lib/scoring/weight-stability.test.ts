import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Criterion } from "@/lib/scoring/criteria";
import { scoreBids, type ScoredBidInput } from "@/lib/scoring/weighted-score";
import { weightStability } from "@/lib/scoring/weight-stability";

const crit = (key: string, weight: number): Criterion => ({ key, label: key, direction: "higher", scale: { kind: "benchmark", floor: 0, ceiling: 1 }, weight });

describe("weightStability", () => {
  it("closed form on a two-bid example", () => {
    // a: (0.9, 0.2), b: (0.5, 0.6), weights (2, 1): a scores 2.0, b 1.6 (× 100 / 3).
    // a − b = 2 × 0.4 + w2 × (−0.4) ≥ 0 ⇔ w2 ≤ 2; for w1: w1 × 0.4 − 0.4 ≥ 0 ⇔ w1 ≥ 1.
    const bids: ScoredBidInput[] = [
      { id: "a", qualified: true, values: { x: 0.9, y: 0.2 } },
      { id: "b", qualified: true, values: { x: 0.5, y: 0.6 } },
    ];
    const r = weightStability(bids, [crit("x", 2), crit("y", 1)]);
    expect(r?.leaderId).toBe("a");
    expect(r?.intervals[0]).toMatchObject({ key: "x", low: expect.closeTo(1, 12), high: null });
    expect(r?.intervals[1]).toMatchObject({ key: "y", low: 0, high: expect.closeTo(2, 12) });
  });
  it("one qualified bid: [0, ∞) everywhere; none: null", () => {
    const bids: ScoredBidInput[] = [
      { id: "a", qualified: true, values: { x: 0.1 } },
      { id: "b", qualified: false, values: { x: 0.9 } },
    ];
    expect(weightStability(bids, [crit("x", 1)])?.intervals[0]).toMatchObject({ low: 0, high: null });
    expect(weightStability([bids[1]], [crit("x", 1)])).toBeNull();
  });

  it("property: the interval agrees with a brute-force sweep of the weight", () => {
    const value = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((C) =>
          fc.record({
            weights: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: C, maxLength: C }),
            bids: fc.array(fc.record({ qualified: fc.boolean(), values: fc.array(value, { minLength: C, maxLength: C }) }), { minLength: 2, maxLength: 5 }),
          }),
        ),
        ({ weights, bids }) => {
          const criteria = weights.map((w, i) => crit(`c${i}`, w));
          const input: ScoredBidInput[] = bids.map((b, i) => ({ id: `b${i}`, qualified: b.qualified, values: Object.fromEntries(b.values.map((v, c) => [`c${c}`, v])) }));
          const result = weightStability(input, criteria);
          if (!result) return;
          const leader = input.findIndex((b) => b.id === result.leaderId);
          result.intervals.forEach((interval, c) => {
            for (let step = 0; step <= 200; step++) {
              const w = step * 0.5;
              const scores = scoreBids(input, criteria.map((cr, k) => (k === c ? { ...cr, weight: w } : cr))).map((s) => s.score);
              const leaderOnTop = input.every((b, j) => !b.qualified || scores[leader] >= scores[j] - 1e-9);
              const strictlyInside = w > interval.low + 1e-7 && (interval.high === null || w < interval.high - 1e-7);
              const clearlyOutside = w < interval.low - 1e-7 || (interval.high !== null && w > interval.high + 1e-7);
              if (strictlyInside) expect(leaderOnTop).toBe(true);
              if (clearlyOutside) expect(input.every((b, j) => !b.qualified || scores[leader] >= scores[j] + 1e-9)).toBe(false);
            }
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
