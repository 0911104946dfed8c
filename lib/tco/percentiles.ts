import type { Percentiles } from "@/lib/tco/tco-result";

/** Nearest-rank percentile (p in (0,100]) of ascending sorted values: sorted[⌈p/100 × n⌉ − 1]. */
export function nearestRank(sorted: ArrayLike<number>, count: number, p: number): number {
  return sorted[rankIndex(count, p)];
}

/** 0-based index of the nearest-rank p-th percentile among count values. */
export function rankIndex(count: number, p: number): number {
  return Math.max(1, Math.ceil((p / 100) * count)) - 1;
}

/**
 * Moves the k-th smallest of a[lo..hi] to a[k], smaller ones before it, larger after
 * (Hoare quickselect, median-of-three). Three order statistics in O(n) beat a full sort.
 */
function select(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // median of three as the pivot, to stay O(n) on sorted or constant input
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * Nearest-rank P10/P50/P90 of draws (reorders the array). NaN draws mean "undefined in that
 * iteration" and are left out; Infinity sorts after every value (no payback within the term)
 * and a percentile landing there is null.
 */
export function percentilesOf(draws: Float64Array): Percentiles {
  let count = 0;
  for (let i = 0; i < draws.length; i++) if (!Number.isNaN(draws[i])) draws[count++] = draws[i];
  if (count === 0) return { p10: null, p50: null, p90: null };
  const i10 = rankIndex(count, 10);
  const i50 = rankIndex(count, 50);
  const i90 = rankIndex(count, 90);
  select(draws, 0, count - 1, i50);
  select(draws, 0, i50, i10);
  select(draws, i50, count - 1, i90);
  const pick = (i: number) => (Number.isFinite(draws[i]) ? draws[i] : null);
  return { p10: pick(i10), p50: pick(i50), p90: pick(i90) };
}

/**
 * Nearest-rank P10/P50/P90 of payback months from a histogram: counts[m] iterations paid back
 * in month m (1…T), counts[0] never within the term (sorted after every month → null).
 */
export function paybackPercentiles(counts: Float64Array, total: number): Percentiles {
  const at = (p: number) => {
    const index = rankIndex(total, p);
    let seen = 0;
    for (let m = 1; m < counts.length; m++) {
      seen += counts[m];
      if (seen > index) return m;
    }
    return null;
  };
  return { p10: at(10), p50: at(50), p90: at(90) };
}
