/** MODEL.md §1 function codes; the same strings as the Prisma enum HealthcareFunction. */
export const HEALTHCARE_FUNCTIONS = [
  "MEDICAL_TRANSCRIPTION",
  "COMPLEX_CLAIMS_DENIALS",
  "PATIENT_SCHEDULING",
  "PRIOR_AUTHORIZATION",
  "AR_FOLLOW_UP",
  "MEDICAL_CODING",
  "CLINICAL_DOCUMENTATION_IMPROVEMENT",
  "ELIGIBILITY_VERIFICATION",
  "PAYMENT_POSTING",
] as const;

export type HealthcareFunction = (typeof HEALTHCARE_FUNCTIONS)[number];

/** The four decision-matrix factors (each scored 1–5) and the PHI flag of one function. */
export interface FunctionFactors {
  clinicalComplexity: number;
  payerPolicyDependence: number;
  complianceSensitivity: number;
  automationPotential: number;
  handlesPhi: boolean;
}

export const FACTOR_NAMES = ["clinicalComplexity", "payerPolicyDependence", "complianceSensitivity", "automationPotential"] as const;
export type FactorName = (typeof FACTOR_NAMES)[number];

/** Human labels of the factors, for rationales and the Methodology page. */
export const FACTOR_LABELS: Record<FactorName | "handlesPhi", string> = {
  clinicalComplexity: "clinical complexity",
  payerPolicyDependence: "payer-policy dependence",
  complianceSensitivity: "compliance sensitivity",
  automationPotential: "automation potential",
  handlesPhi: "handles PHI",
};

/**
 * MODEL.md §1 factor table. The first five rows reproduce the seed article's strategic
 * decision matrix ("Specialized vs. General BPOs", reference/specialized-vs-generalist-bpo.txt).
 */
export const DECISION_MATRIX_FACTORS: Record<HealthcareFunction, { label: string } & FunctionFactors> = {
  MEDICAL_TRANSCRIPTION: { label: "Medical transcription", clinicalComplexity: 2, payerPolicyDependence: 1, complianceSensitivity: 3, automationPotential: 5, handlesPhi: true },
  COMPLEX_CLAIMS_DENIALS: { label: "Complex claims / denials", clinicalComplexity: 5, payerPolicyDependence: 5, complianceSensitivity: 4, automationPotential: 2, handlesPhi: true },
  PATIENT_SCHEDULING: { label: "Patient scheduling", clinicalComplexity: 1, payerPolicyDependence: 1, complianceSensitivity: 2, automationPotential: 4, handlesPhi: true },
  PRIOR_AUTHORIZATION: { label: "Prior authorizations", clinicalComplexity: 4, payerPolicyDependence: 5, complianceSensitivity: 4, automationPotential: 2, handlesPhi: true },
  AR_FOLLOW_UP: { label: "Accounts receivable follow-up", clinicalComplexity: 4, payerPolicyDependence: 4, complianceSensitivity: 4, automationPotential: 3, handlesPhi: true },
  MEDICAL_CODING: { label: "Medical coding", clinicalComplexity: 5, payerPolicyDependence: 4, complianceSensitivity: 5, automationPotential: 3, handlesPhi: true },
  CLINICAL_DOCUMENTATION_IMPROVEMENT: { label: "Clinical documentation improvement", clinicalComplexity: 5, payerPolicyDependence: 3, complianceSensitivity: 5, automationPotential: 2, handlesPhi: true },
  ELIGIBILITY_VERIFICATION: { label: "Eligibility verification", clinicalComplexity: 2, payerPolicyDependence: 3, complianceSensitivity: 3, automationPotential: 5, handlesPhi: true },
  PAYMENT_POSTING: { label: "Payment posting", clinicalComplexity: 2, payerPolicyDependence: 2, complianceSensitivity: 3, automationPotential: 5, handlesPhi: true },
};
