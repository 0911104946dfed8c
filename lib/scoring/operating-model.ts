import type { Recommendation } from "@/lib/scoring/decision-matrix";

/** A vendor's operating model; the same strings as the Prisma enum OperatingModel. */
export const OPERATING_MODELS = ["GENERALIST", "SPECIALIZED", "AI_HYBRID"] as const;
export type OperatingModel = (typeof OPERATING_MODELS)[number];

/** How a vendor uses AI; the same strings as the Prisma enum AiUse. */
export const AI_USES = ["NONE", "HUMAN_IN_THE_LOOP", "AUTONOMOUS"] as const;
export type AiUse = (typeof AI_USES)[number];

/** Which operating models fit each recommendation (MODEL.md §1). */
export const FITTING_MODELS: Record<Recommendation, readonly OperatingModel[]> = {
  SPECIALIZED: ["SPECIALIZED"],
  GENERALIST_OR_AI_HYBRID: ["GENERALIST", "AI_HYBRID"],
  GENERALIST: ["GENERALIST", "SPECIALIZED", "AI_HYBRID"],
};

/** True when a vendor's operating model fits the function's recommendation; false is a mismatch (a risk). */
export function fitsRecommendation(model: OperatingModel, recommendation: Recommendation): boolean {
  return FITTING_MODELS[recommendation].includes(model);
}
