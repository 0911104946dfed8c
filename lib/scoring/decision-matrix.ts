import {
  DECISION_MATRIX_FACTORS,
  FACTOR_LABELS,
  HEALTHCARE_FUNCTIONS,
  type FunctionFactors,
  type HealthcareFunction,
} from "@/lib/scoring/healthcare-function";

/** The recommended operating model; the same strings as the Prisma enum Recommendation. */
export const RECOMMENDATIONS = ["SPECIALIZED", "GENERALIST_OR_AI_HYBRID", "GENERALIST"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  SPECIALIZED: "Specialized",
  GENERALIST_OR_AI_HYBRID: "Generalist / AI-hybrid",
  GENERALIST: "Generalist",
};

/** The rule's thresholds (MODEL.md §1), as data for the Methodology page. */
export const RECOMMENDATION_RULE = {
  specializedAtComplexity: 4,
  specializedAtPayerPolicy: 4,
  aiHybridAtAutomation: 5,
} as const;

/** An organisation's override of one function's row; reason is required and audited. */
export interface MatrixOverride {
  function: HealthcareFunction;
  clinicalComplexity?: number | null;
  payerPolicyDependence?: number | null;
  complianceSensitivity?: number | null;
  automationPotential?: number | null;
  handlesPhi?: boolean | null;
  recommendation?: Recommendation | null;
  reason: string;
}

export interface DecisionMatrixRow extends FunctionFactors {
  function: HealthcareFunction;
  label: string;
  recommendation: Recommendation;
  /** One sentence naming the factors that decided. */
  rationale: string;
  /** Factor names whose value came from the organisation's override. */
  overriddenFactors: (keyof FunctionFactors)[];
  recommendationOverridden: boolean;
  overrideReason: string | null;
}

/** Applies MODEL.md §1's ordered rule to a set of factors; returns the recommendation and why. */
export function recommendFromFactors(factors: FunctionFactors): { recommendation: Recommendation; rationale: string } {
  const { clinicalComplexity: cc, payerPolicyDependence: pp, automationPotential: ap } = factors;
  const rule = RECOMMENDATION_RULE;
  if (cc >= rule.specializedAtComplexity || pp >= rule.specializedAtPayerPolicy) {
    const deciding: string[] = [];
    if (cc >= rule.specializedAtComplexity) deciding.push(`${FACTOR_LABELS.clinicalComplexity} ${cc}`);
    if (pp >= rule.specializedAtPayerPolicy) deciding.push(`${FACTOR_LABELS.payerPolicyDependence} ${pp}`);
    return {
      recommendation: "SPECIALIZED",
      rationale: `Specialized: ${deciding.join(" and ")} (4 or more) ${deciding.length > 1 ? "call" : "calls"} for clinical and payer-policy expertise.`,
    };
  }
  if (ap >= rule.aiHybridAtAutomation) {
    return {
      recommendation: "GENERALIST_OR_AI_HYBRID",
      rationale: `Generalist / AI-hybrid: ${FACTOR_LABELS.automationPotential} ${ap} with ${FACTOR_LABELS.clinicalComplexity} ${cc} and ${FACTOR_LABELS.payerPolicyDependence} ${pp} (both below 4) favour standardised, automated work.`,
    };
  }
  return {
    recommendation: "GENERALIST",
    rationale: `Generalist: ${FACTOR_LABELS.clinicalComplexity} ${cc} and ${FACTOR_LABELS.payerPolicyDependence} ${pp} (both below 4) and ${FACTOR_LABELS.automationPotential} ${ap} (below 5) make efficiency the priority.`,
  };
}

/** One function's row of the decision matrix with an optional organisation override applied. */
export function decisionMatrixRow(fn: HealthcareFunction, override?: MatrixOverride | null): DecisionMatrixRow {
  const base = DECISION_MATRIX_FACTORS[fn];
  const factors: FunctionFactors = {
    clinicalComplexity: base.clinicalComplexity,
    payerPolicyDependence: base.payerPolicyDependence,
    complianceSensitivity: base.complianceSensitivity,
    automationPotential: base.automationPotential,
    handlesPhi: base.handlesPhi,
  };
  const overriddenFactors: (keyof FunctionFactors)[] = [];
  if (override) {
    for (const key of Object.keys(factors) as (keyof FunctionFactors)[]) {
      const value = override[key];
      if (value !== undefined && value !== null && value !== factors[key]) {
        (factors as unknown as Record<string, number | boolean>)[key] = value;
        overriddenFactors.push(key);
      }
    }
  }
  const ruled = recommendFromFactors(factors);
  const recommendationOverridden = override?.recommendation != null && override.recommendation !== ruled.recommendation;
  const recommendation = recommendationOverridden ? override!.recommendation! : ruled.recommendation;
  const reason = override?.reason.trim() || null;
  // The reason is quoted as a clause of its own: "overridden by your organisation: <reason>."
  const because = (reason ?? "no reason given").replace(/[.\s]+$/, "");
  let rationale = ruled.rationale;
  if (recommendationOverridden) {
    rationale = `${RECOMMENDATION_LABELS[recommendation]}: overridden by your organisation: ${because}. The rule alone gives ${RECOMMENDATION_LABELS[ruled.recommendation]}.`;
  } else if (overriddenFactors.length > 0) {
    rationale = `${ruled.rationale.slice(0, -1)}, with factors overridden by your organisation: ${because}.`;
  }
  return {
    function: fn,
    label: base.label,
    ...factors,
    recommendation,
    rationale,
    overriddenFactors,
    recommendationOverridden,
    overrideReason: override && (overriddenFactors.length > 0 || recommendationOverridden) ? reason : null,
  };
}

/** The whole decision matrix, every function, with the organisation's overrides applied. */
// Stryker disable next-line ArrayDeclaration: any default list without overrides of known functions builds the same matrix
export function buildDecisionMatrix(overrides: readonly MatrixOverride[] = []): DecisionMatrixRow[] {
  const byFunction = new Map(overrides.map((o) => [o.function, o]));
  return HEALTHCARE_FUNCTIONS.map((fn) => decisionMatrixRow(fn, byFunction.get(fn)));
}
