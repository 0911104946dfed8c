import type { WeightInterval } from "@/lib/scoring/weight-stability";

// Criterion weights as the weight editor shows them: whole percentages that always total 100,
// in the criteria's order. Scores divide by the sum of weights, so only ratios matter and
// percentages lose nothing.

/**
 * Whole numbers proportional to `weights` (negatives and NaN count 0) that add up to exactly
 * `total`, by largest remainder (ties to the earlier one); all-zero weights give all zeros.
 */
export function apportion(weights: readonly number[], total: number): number[] {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = clean.reduce((acc, w) => acc + w, 0);
  if (sum <= 0) return clean.map(() => 0);
  const exact = clean.map((w) => (total * w) / sum);
  const whole = exact.map(Math.floor);
  let short = total - whole.reduce((acc, w) => acc + w, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - whole[i] })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (short <= 0) break;
    whole[i]++;
    short--;
  }
  return whole;
}

/** Whole percentages that total exactly 100 (all zero stays all zero). */
export function toPercentages(weights: readonly number[]): number[] {
  return apportion(weights, 100);
}

/**
 * Sets one criterion's percentage and rescales the others in proportion so the total stays
 * 100; when the others are all zero, the remainder is shared equally among them.
 */
export function setPercentage(percentages: readonly number[], index: number, value: number): number[] {
  const v = Math.min(100, Math.max(0, Math.round(Number.isFinite(value) ? value : 0)));
  if (percentages.length === 1) return [100];
  const others = percentages.map((p, i) => ({ p, i })).filter(({ i }) => i !== index);
  const allZero = others.every(({ p }) => !(p > 0));
  const shares = apportion(others.map(({ p }) => (allZero ? 1 : p)), 100 - v);
  const result = [...percentages];
  result[index] = v;
  others.forEach(({ i }, k) => (result[i] = shares[k]));
  return result;
}

/** The URL form of a set of weights: "20-20-15-15-10-5-15" in the criteria's order. */
export function encodeWeights(weights: readonly number[]): string {
  return weights.map((w) => String(Math.round(w))).join("-");
}

/** Weights from the URL, or null when the text is not one whole number ≥ 0 per criterion with a positive total. */
export function decodeWeights(text: string | null | undefined, count: number): number[] | null {
  if (!text) return null;
  const parts = text.split("-");
  if (parts.length !== count || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const weights = parts.map(Number);
  return weights.some((w) => w > 0) ? weights : null;
}

export function sameWeights(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * A weight interval as shares of the total (fractions): with every other weight fixed at R,
 * a weight w is a share w / (w + R). Null high means "any share up to 100 %".
 */
export function intervalAsShares(interval: WeightInterval, allWeights: readonly number[], index: number): { low: number; high: number | null } {
  const others = allWeights.reduce((sum, w, i) => (i === index ? sum : sum + w), 0);
  if (others <= 0) return { low: 0, high: null };
  const share = (w: number) => w / (w + others);
  return { low: share(interval.low), high: interval.high === null ? null : share(interval.high) };
}
