/** Metric codes; the same strings as the Prisma enum MetricKey. All values are fractions. */
export const METRIC_KEYS = ["FIRST_PASS_RATE", "CODING_ACCURACY", "DENIAL_RATE", "REWORK_RATE", "OVERTURN_RATE", "STAFF_TURNOVER"] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/** Sources, least to most trustworthy; the same strings as the Prisma enum MetricSource. */
export const METRIC_SOURCES = ["VENDOR_CLAIMED", "REFERENCE_CHECK", "CLIENT_MEASURED", "AUDITED"] as const;
export type MetricSource = (typeof METRIC_SOURCES)[number];

/** Sources that count toward audit defensibility (MODEL.md §4). */
export const INDEPENDENT_SOURCES: readonly MetricSource[] = ["CLIENT_MEASURED", "AUDITED"];

/** MODEL.md §3 default claim haircut (fraction of the distance to the benchmark midpoint). */
export const DEFAULT_CLAIM_HAIRCUT = 0.25;

export interface MetricObservation {
  /** Fraction. */
  value: number;
  asOf: Date;
  source: MetricSource;
}

export interface SelectedMetric {
  /** The value used in scores, after any haircut (fraction). */
  value: number;
  /** The observation's own value (fraction). */
  observedValue: number;
  source: MetricSource;
  asOf: Date;
  haircutApplied: boolean;
}

/**
 * MODEL.md §3: the newest observation from the most trustworthy source present (of two from one
 * source on one day, the less favourable, so the input's order never matters). A value resting
 * only on VENDOR_CLAIMED that is better than `midpoint` moves toward it by `haircut`
 * (higher-is-better: used = claimed − h × max(0, claimed − midpoint); lower-is-better:
 * used = claimed + h × max(0, midpoint − claimed)). A claim at or worse than the midpoint is used
 * as claimed: the haircut never improves a claim. With no midpoint (a metric no criterion scales)
 * no haircut applies. Null without observations.
 */
export function selectMetricValue(
  observations: readonly MetricObservation[],
  options: { haircut?: number; midpoint?: number | null; direction?: "higher" | "lower" } = {},
): SelectedMetric | null {
  const direction = options.direction ?? "higher";
  let best: MetricObservation | null = null;
  for (const o of observations) {
    if (!best) {
      best = o;
      continue;
    }
    const trust = METRIC_SOURCES.indexOf(o.source) - METRIC_SOURCES.indexOf(best.source);
    const newer = o.asOf.getTime() - best.asOf.getTime();
    if (trust > 0 || (trust === 0 && newer > 0)) best = o;
    // Two observations from one source on one day: the less favourable value, whatever their order.
    else if (trust === 0 && newer === 0) best = { ...best, value: direction === "higher" ? Math.min(best.value, o.value) : Math.max(best.value, o.value) };
  }
  if (!best) return null;
  const haircut = options.haircut ?? DEFAULT_CLAIM_HAIRCUT;
  const midpoint = options.midpoint ?? null;
  // How far the claim is better than the midpoint (0 when at or worse).
  const advantage = midpoint === null ? 0 : Math.max(0, direction === "higher" ? best.value - midpoint : midpoint - best.value);
  const haircutApplied = best.source === "VENDOR_CLAIMED" && advantage > 0 && haircut > 0;
  const shift = haircutApplied ? haircut * advantage : 0;
  const value = direction === "higher" ? best.value - shift : best.value + shift;
  return { value, observedValue: best.value, source: best.source, asOf: best.asOf, haircutApplied };
}
