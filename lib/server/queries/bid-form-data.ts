import "server-only";
import { getDb } from "@/lib/server/db/client";
import { parseAssumptions } from "@/lib/server/evaluations/load-stored-evaluation";
import { DECISION_MATRIX_FACTORS } from "@/lib/scoring/healthcare-function";
import { METRIC_OF_RATE, usedMetricValues } from "@/lib/evaluation/vendor-evidence";
import { resolveAssumptions } from "@/lib/tco/assumptions";
import { PERFORMANCE_RATES, type PerformanceRate } from "@/lib/tco/scenario";
import { modeOf } from "@/lib/tco/uncertain";

/** A vendor's used value of one rate, as the bid form shows it next to the commitment (fractions, ISO date). */
export interface UsedValue {
  value: number;
  observedValue: number;
  source: string;
  asOf: string;
  haircutApplied: boolean;
}

export interface BidFormVendor {
  id: string;
  name: string;
  operatingModel: string;
  used: Record<PerformanceRate, UsedValue | null>;
}

/**
 * What the bid form needs: the evaluation's functions in scope (with today's baseline rates,
 * which apply where a vendor has no data), and the registry's active vendors with their used
 * metric values (MODEL.md §3, the evaluation's claim haircut) to pre-fill each line's performance.
 * Null when the evaluation is not the organisation's.
 */
export async function getBidFormChoices(organizationId: string, evaluationId: string, alsoVendorId?: string) {
  const db = await getDb();
  const evaluation = await db.evaluation.findFirst({
    where: { id: evaluationId, organizationId },
    include: { functions: { orderBy: { createdAt: "asc" } }, organization: { select: { assumptions: true } } },
  });
  if (!evaluation) return null;
  const haircut = modeOf(resolveAssumptions({ ...parseAssumptions(evaluation.organization.assumptions), ...parseAssumptions(evaluation.assumptions) }).claimHaircut);
  const vendors = await db.vendor.findMany({
    where: { organizationId, OR: [{ archivedAt: null }, ...(alsoVendorId ? [{ id: alsoVendorId }] : [])] },
    orderBy: { name: "asc" },
    include: { metricObservations: { select: { metric: true, value: true, asOf: true, source: true } } },
  });
  return {
    evaluation: { id: evaluation.id, name: evaluation.name, status: evaluation.status },
    functions: evaluation.functions.map((f) => ({
      function: f.function as string,
      label: DECISION_MATRIX_FACTORS[f.function].label,
      baseline: {
        denialRate: Number(f.baselineDenialRate),
        reworkRate: Number(f.baselineReworkRate),
        overturnRate: Number(f.baselineOverturnRate),
        codingAccuracy: Number(f.baselineCodingAccuracy),
        firstPassRate: Number(f.baselineFirstPassRate),
      } satisfies Record<PerformanceRate, number>,
    })),
    vendors: vendors.map((v): BidFormVendor => {
      const used = usedMetricValues(
        {
          id: v.id,
          name: v.name,
          operatingModel: v.operatingModel,
          aiUse: v.aiUse,
          fte: v.fte,
          annualTurnoverRate: null,
          observations: v.metricObservations.map((o) => ({ metric: o.metric, value: Number(o.value), asOf: o.asOf, source: o.source })),
          evidence: [],
          certifications: [],
        },
        haircut,
      );
      return {
        id: v.id,
        name: v.archivedAt ? `${v.name} (archived)` : v.name,
        operatingModel: v.operatingModel,
        used: Object.fromEntries(
          PERFORMANCE_RATES.map((rate) => {
            const m = used[METRIC_OF_RATE[rate]];
            return [rate, m ? { value: m.value, observedValue: m.observedValue, source: m.source, asOf: m.asOf.toISOString().slice(0, 10), haircutApplied: m.haircutApplied } : null];
          }),
        ) as Record<PerformanceRate, UsedValue | null>,
      };
    }),
  };
}
