import { DEFAULT_CRITERIA, normalizeOnScale, type CriterionScale } from "@/lib/scoring/criteria";
import { INDEPENDENT_SOURCES, type MetricSource } from "@/lib/scoring/metric-evidence";
import type { AiUse } from "@/lib/scoring/operating-model";


/** MODEL.md §4 audit-defensibility weights (points out of 100). */
export const AUDIT_DEFENSIBILITY_WEIGHTS = { codingAccuracy: 40, complianceMaturity: 30, independentMetrics: 20, humanOversight: 10 } as const;

export interface AuditDefensibilityInput {
  /** Used (post-haircut) coding accuracy, fraction; null when missing (scores 0). */
  codingAccuracy: number | null;
  /** Fraction 0–1. */
  complianceMaturity: number;
  /** The source each of the vendor's used metric values rests on. */
  usedMetricSources: readonly MetricSource[];
  aiUse: AiUse;
}

/** Audit defensibility, 0–100 (MODEL.md §4); no used metrics gives 0 for the source share. */
export function auditDefensibility(input: AuditDefensibilityInput): number {
  const w = AUDIT_DEFENSIBILITY_WEIGHTS;
  // MODEL.md §4: coding accuracy is normalised on its benchmark scale [0.80, 0.99].
  const codingScale = DEFAULT_CRITERIA.find((c) => c.key === "CODING_ACCURACY")!.scale as Extract<CriterionScale, { kind: "benchmark" }>;
  // A missing value is taken at the floor: it scores 0.
  const coding = normalizeOnScale(input.codingAccuracy ?? codingScale.floor, codingScale.floor, codingScale.ceiling, "higher");
  const used = input.usedMetricSources.length;
  const independent = used === 0 ? 0 : input.usedMetricSources.filter((s) => INDEPENDENT_SOURCES.includes(s)).length / used;
  const maturity = Math.min(1, Math.max(0, input.complianceMaturity));
  return w.codingAccuracy * coding + w.complianceMaturity * maturity + w.independentMetrics * independent + w.humanOversight * (input.aiUse === "AUTONOMOUS" ? 0 : 1);
}
