import type { Percentiles } from "@/lib/tco/tco-result";

/** Nearest-rank percentile (p in (0,100]) of ascending sorted values: sorted[⌈p/100 × n⌉ − 1]. */
export function nearestRank(sorted: ArrayLike<number>, count: number, p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * count));
  return sorted[rank - 1];
}

/**
 * P10/P50/P90 of draws (sorted in place). NaN draws mean "undefined in that iteration" and are
 * left out; Infinity means "after every value" (no payback) and a percentile landing there is null.
 */
export function percentilesOf(draws: Float64Array): Percentiles {
  draws.sort(); // typed-array sort is numeric and puts NaN last
  let count = draws.length;
  while (count > 0 && Number.isNaN(draws[count - 1])) count--;
  if (count === 0) return { p10: null, p50: null, p90: null };
  const pick = (p: number) => {
    const x = nearestRank(draws, count, p);
    return Number.isFinite(x) ? x : null;
  };
  return { p10: pick(10), p50: pick(50), p90: pick(90) };
}
