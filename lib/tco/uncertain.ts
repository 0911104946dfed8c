/** A triangular range; low ≤ mode ≤ high, in the unit of the number it stands for. */
export interface Range {
  low: number;
  mode: number;
  high: number;
}

/** Any numeric input of the TCO model: a number or a range (MODEL.md §5 "Uncertainty"). */
export type Uncertain = number | Range;

/** The deterministic value of an input: the number itself or the range's mode. */
export function modeOf(x: Uncertain | undefined, fallback = 0): number {
  if (x === undefined) return fallback;
  return typeof x === "number" ? x : x.mode;
}

/** True for a range whose low and high differ (only those are drawn in Monte Carlo). */
export function isSpread(x: Uncertain | undefined): x is Range {
  return typeof x === "object" && x !== null && x.high > x.low;
}

/** Same number, or the same range end for end (a range is never equal to a number). */
export function sameUncertain(a: Uncertain | undefined, b: Uncertain | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === "number" || typeof b === "number") return a === b;
  return a.low === b.low && a.mode === b.mode && a.high === b.high;
}
