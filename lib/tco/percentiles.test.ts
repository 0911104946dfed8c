import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearestRank, paybackPercentiles, percentilesOf, rankIndex } from "@/lib/tco/percentiles";

/** Nearest rank the slow, obvious way: sort, then sorted[⌈p/100 × n⌉ − 1]. */
function bySorting(values: number[], p: number): number | null {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const v = sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1];
  return Number.isFinite(v) ? v : null;
}

describe("percentiles", () => {
  it("nearest rank: P10 of 1…10 is 1, P50 is 5, P90 is 9", () => {
    const xs = Float64Array.from([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(percentilesOf(xs)).toEqual({ p10: 1, p50: 5, p90: 9 });
    expect(nearestRank([3], 1, 10)).toBe(3);
  });
  it("rank index: ⌈p/100 × n⌉ − 1, never below 0", () => {
    expect([rankIndex(10, 10), rankIndex(10, 50), rankIndex(10, 90), rankIndex(10, 100)]).toEqual([0, 4, 8, 9]);
    expect([rankIndex(11, 10), rankIndex(11, 50), rankIndex(11, 90)]).toEqual([1, 5, 9]);
    expect(rankIndex(1, 10)).toBe(0);
    expect(rankIndex(0, 50)).toBe(0);
  });
  it("Infinity (no payback) sorts last and turns into null; NaN is left out", () => {
    expect(percentilesOf(Float64Array.from([1, 2, Infinity, Infinity, Infinity, Infinity, Infinity, Infinity, Infinity, Infinity]))).toEqual({ p10: 1, p50: null, p90: null });
    expect(percentilesOf(Float64Array.from([NaN, NaN]))).toEqual({ p10: null, p50: null, p90: null });
  });
  it("NaN draws are dropped before ranking: P10/P50/P90 of (NaN, 30, 10, NaN, 20) are those of (10, 20, 30)", () => {
    expect(percentilesOf(Float64Array.from([NaN, 30, 10, NaN, 20]))).toEqual({ p10: 10, p50: 20, p90: 30 });
    expect(percentilesOf(Float64Array.from([5, NaN]))).toEqual({ p10: 5, p50: 5, p90: 5 });
  });
  it("property: quickselect gives what sorting gives, duplicates, infinities and NaN included", () => {
    const draw = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: -50, max: 50 }) }, fc.constant(Infinity), fc.constant(NaN), fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => x + 0)); // + 0: no −0, which ties with 0
    fc.assert(
      fc.property(fc.array(draw, { maxLength: 60 }), (values) => {
        expect(percentilesOf(Float64Array.from(values))).toEqual({ p10: bySorting(values, 10), p50: bySorting(values, 50), p90: bySorting(values, 90) });
      }),
      { numRuns: 500 },
    );
  });
});

describe("payback percentiles from a histogram", () => {
  it("counts[m] iterations paid back in month m; a rank that lands exactly on a month's last iteration stays in that month", () => {
    // 10 iterations: 2 never, 4 in month 1, 4 in month 2. Sorted: 1 1 1 1 2 2 2 2 never never.
    // P10 = 1st → month 1; P50 = 5th → month 2; P90 = 9th → never → null.
    expect(paybackPercentiles(Float64Array.from([2, 4, 4]), 10)).toEqual({ p10: 1, p50: 2, p90: null });
    // 4 in month 1, 1 in month 3, 5 never: 1 1 1 1 3 never… → P10 1, P50 3, P90 null.
    expect(paybackPercentiles(Float64Array.from([5, 4, 0, 1]), 10)).toEqual({ p10: 1, p50: 3, p90: null });
    // All in month 4.
    expect(paybackPercentiles(Float64Array.from([0, 0, 0, 0, 7]), 7)).toEqual({ p10: 4, p50: 4, p90: 4 });
  });
  it("property: the histogram gives what sorting the payback months gives (never = after every month)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }).chain((T) => fc.array(fc.integer({ min: 0, max: T }), { minLength: 1, maxLength: 80 }).map((months) => ({ T, months }))), ({ T, months }) => {
        const counts = new Float64Array(T + 1);
        for (const m of months) counts[m]++;
        const asDraws = months.map((m) => (m === 0 ? Infinity : m));
        expect(paybackPercentiles(counts, months.length)).toEqual({ p10: bySorting(asDraws, 10), p50: bySorting(asDraws, 50), p90: bySorting(asDraws, 90) });
      }),
      { numRuns: 300 },
    );
  });
});
