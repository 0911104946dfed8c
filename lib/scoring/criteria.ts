import type { MetricKey } from "@/lib/scoring/metric-evidence";

export type CriterionScale =
  /** A fixed benchmark scale [floor, ceiling] in the criterion's unit (fractions here). */
  | { kind: "benchmark"; floor: number; ceiling: number }
  /** n = min over qualified bids / this bid's value (TCO per unit). */
  | { kind: "ratioToCheapest" };

export interface Criterion {
  key: string;
  label: string;
  direction: "higher" | "lower";
  scale: CriterionScale;
  /** Relative weight, ≥ 0; scores divide by the sum, so only ratios matter. */
  weight: number;
  /** The metric observation that feeds this criterion, when one does (MODEL.md §3). */
  metric?: MetricKey;
}

export const DEFAULT_CRITERION_KEYS = [
  "FIRST_PASS_RATE",
  "CODING_ACCURACY",
  "DENIAL_RATE",
  "COMPLIANCE_MATURITY",
  "CERTIFIED_STAFF_SHARE",
  "STAFF_TURNOVER",
  "TCO_PER_UNIT",
] as const;
export type DefaultCriterionKey = (typeof DEFAULT_CRITERION_KEYS)[number];

/** MODEL.md §4 default criteria; the benchmark ranges follow the seed article and MODEL.md's sources. */
export const DEFAULT_CRITERIA: readonly (Criterion & { key: DefaultCriterionKey })[] = [
  { key: "FIRST_PASS_RATE", label: "First-pass payment rate", direction: "higher", scale: { kind: "benchmark", floor: 0.6, ceiling: 0.98 }, weight: 20, metric: "FIRST_PASS_RATE" },
  { key: "CODING_ACCURACY", label: "Coding accuracy", direction: "higher", scale: { kind: "benchmark", floor: 0.8, ceiling: 0.99 }, weight: 20, metric: "CODING_ACCURACY" },
  { key: "DENIAL_RATE", label: "Initial denial rate", direction: "lower", scale: { kind: "benchmark", floor: 0.02, ceiling: 0.2 }, weight: 15, metric: "DENIAL_RATE" },
  { key: "COMPLIANCE_MATURITY", label: "Compliance maturity", direction: "higher", scale: { kind: "benchmark", floor: 0, ceiling: 1 }, weight: 15 },
  { key: "CERTIFIED_STAFF_SHARE", label: "Certified staff share (CPC, RHIT, CCS, RN)", direction: "higher", scale: { kind: "benchmark", floor: 0, ceiling: 1 }, weight: 10 },
  { key: "STAFF_TURNOVER", label: "Annual staff turnover", direction: "lower", scale: { kind: "benchmark", floor: 0.1, ceiling: 0.6 }, weight: 5, metric: "STAFF_TURNOVER" },
  { key: "TCO_PER_UNIT", label: "TCO per unit", direction: "lower", scale: { kind: "ratioToCheapest" }, weight: 15 },
];

/** Normalises a value on a benchmark scale to n ∈ [0,1] (MODEL.md §4), clamped. */
export function normalizeOnScale(value: number, floor: number, ceiling: number, direction: "higher" | "lower"): number {
  const span = ceiling - floor;
  if (!(span > 0)) return 0;
  const n = direction === "higher" ? (value - floor) / span : (ceiling - value) / span;
  return Math.min(1, Math.max(0, n));
}

/** n = cheapest / value for a lower-is-better ratio criterion, in [0,1]; 1 when both are 0. */
export function normalizeRatioToCheapest(value: number, cheapest: number): number {
  if (value <= 0) return 1;
  return Math.min(1, Math.max(cheapest, 0) / value);
}

/** The middle of a criterion's benchmark scale, the point claims are haircut toward (MODEL.md §3). */
export function benchmarkMidpoint(criterion: Criterion): number | null {
  return criterion.scale.kind === "benchmark" ? (criterion.scale.floor + criterion.scale.ceiling) / 2 : null;
}
