import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Criterion } from "@/lib/scoring/criteria";
import { scoreBids, type ScoredBidInput } from "@/lib/scoring/weighted-score";
import { weightStability } from "@/lib/scoring/weight-stability";
import { permutations } from "@/tests/pure-core/permutations";

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

  it("a rival level with the leader on a criterion bounds no weight of it; an exact tie bounds nothing", () => {
    const bids: ScoredBidInput[] = [
      { id: "a", qualified: true, values: { x: 0.5, y: 0.9 } },
      { id: "b", qualified: true, values: { x: 0.5, y: 0.4 } },
    ];
    for (const order of permutations(bids)) {
      const r = weightStability(order, [crit("x", 1), crit("y", 1)])!;
      expect(r.leaderId).toBe("a");
      expect(r.intervals[0]).toEqual({ key: "x", weight: 1, low: 0, high: null });
      expect(r.intervals[1]).toMatchObject({ key: "y", weight: 1, low: 0, high: null });
    }
    const tie = weightStability([bids[0], { ...bids[0], id: "twin" }], [crit("x", 1), crit("y", 1)])!;
    expect(tie.intervals).toEqual([
      { key: "x", weight: 1, low: 0, high: null },
      { key: "y", weight: 1, low: 0, high: null },
    ]);
  });

  it("a disqualified bid is never the leader and never bounds its weights, in any order", () => {
    const bids: ScoredBidInput[] = [
      { id: "out", qualified: false, values: { x: 1, y: 1 } },
      { id: "lead", qualified: true, values: { x: 0.8, y: 0.2 } },
      { id: "rival", qualified: true, values: { x: 0.4, y: 0.4 } },
    ];
    for (const order of permutations(bids)) {
      const r = weightStability(order, [crit("x", 1), crit("y", 1)])!;
      expect(r.leaderId).toBe("lead");
      // lead − rival = 0.4 w_x − 0.2 w_y ≥ 0 ⇔ w_x ≥ 0.5 (w_y = 1) and w_y ≤ 2 (w_x = 1).
      expect(r.intervals[0]).toEqual({ key: "x", weight: 1, low: expect.closeTo(0.5, 12), high: null });
      expect(r.intervals[1]).toEqual({ key: "y", weight: 1, low: 0, high: expect.closeTo(2, 12) });
    }
  });

  it("property: the leader is the top-ranked qualified bid, stays on top just inside each interval and loses just outside it", () => {
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
          if (!input.some((b) => b.qualified)) {
            expect(result).toBeNull();
            return;
          }
          const ranked = scoreBids(input, criteria);
          expect(result!.leaderId).toBe(ranked.find((b) => b.rank === 1)!.id);
          const leader = input.findIndex((b) => b.id === result!.leaderId);
          const scoresAt = (c: number, w: number) => scoreBids(input, criteria.map((cr, k) => (k === c ? { ...cr, weight: w } : cr))).map((b) => b.score);
          const onTop = (scores: number[], margin: number) => input.every((b, j) => !b.qualified || scores[leader] >= scores[j] + margin);
          result!.intervals.forEach((interval, c) => {
            expect(interval).toMatchObject({ key: `c${c}`, weight: weights[c] });
            expect(interval.low).toBeLessThanOrEqual(weights[c]);
            if (interval.high !== null) expect(interval.high).toBeGreaterThanOrEqual(weights[c]);
            // The stable set is an interval (one linear bound per rival), so probing just inside both
            // ends checks all of it; just outside an end, the leader must lose its place.
            const eps = (x: number) => 1e-7 * Math.max(1, x);
            const inside = [interval.low + eps(interval.low), weights[c], interval.high === null ? interval.low * 4 + 100 : interval.high - eps(interval.high)];
            for (const w of inside) if (w >= interval.low && (interval.high === null || w <= interval.high)) expect(onTop(scoresAt(c, w), -1e-9)).toBe(true);
            if (interval.low > eps(interval.low)) expect(onTop(scoresAt(c, interval.low - eps(interval.low)), 1e-9)).toBe(false);
            if (interval.high !== null) expect(onTop(scoresAt(c, interval.high + eps(interval.high)), 1e-9)).toBe(false);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
