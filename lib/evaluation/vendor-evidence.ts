import { benchmarkMidpoint, DEFAULT_CRITERIA } from "@/lib/scoring/criteria";
import { METRIC_KEYS, selectMetricValue, type MetricKey, type SelectedMetric } from "@/lib/scoring/metric-evidence";
import type { PerformanceRate } from "@/lib/tco/scenario";
import type { StoredCertification, StoredVendor } from "@/lib/evaluation/stored-evaluation";

/** The registry metric behind each rate of a performance profile. */
export const METRIC_OF_RATE: Record<PerformanceRate, MetricKey> = {
  denialRate: "DENIAL_RATE",
  reworkRate: "REWORK_RATE",
  overturnRate: "OVERTURN_RATE",
  codingAccuracy: "CODING_ACCURACY",
  firstPassRate: "FIRST_PASS_RATE",
};

/**
 * A vendor's used value of every metric it has observations of (MODEL.md §3): most trustworthy
 * source, newest first, a claim haircut toward its criterion's benchmark midpoint (fraction
 * `haircut`). Metrics no criterion scales (rework, overturn) are used as observed.
 */
export function usedMetricValues(vendor: StoredVendor, haircut: number): Partial<Record<MetricKey, SelectedMetric>> {
  const used: Partial<Record<MetricKey, SelectedMetric>> = {};
  for (const metric of METRIC_KEYS) {
    const criterion = DEFAULT_CRITERIA.find((c) => c.metric === metric);
    const selected = selectMetricValue(
      vendor.observations.filter((o) => o.metric === metric),
      { haircut, midpoint: criterion ? benchmarkMidpoint(criterion) : null, direction: criterion?.direction },
    );
    if (selected) used[metric] = selected;
  }
  return used;
}

/**
 * Certified staff share (fraction 0–1): credentialed staff ÷ staff on healthcare accounts,
 * capped at 1 because one person may hold several credentials. Null when either is unknown.
 */
export function certifiedStaffShare(certifications: readonly StoredCertification[], staff: number | null): number | null {
  if (certifications.length === 0 || staff === null || !(staff > 0)) return null;
  const certified = certifications.reduce((sum, c) => sum + c.count, 0);
  return Math.min(1, certified / staff);
}
