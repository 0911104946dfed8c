import { z } from "zod";
import { RECOMMENDATIONS } from "@/lib/scoring/decision-matrix";
import { HEALTHCARE_FUNCTIONS } from "@/lib/scoring/healthcare-function";
import { multiLine } from "@/lib/schemas/text";

const factor = (label: string) =>
  z
    .number({ error: `${label} is a score from 1 to 5.` })
    .int(`${label} is a whole score from 1 to 5.`)
    .min(1, `${label} is a score from 1 to 5.`)
    .max(5, `${label} is a score from 1 to 5.`)
    .nullish()
    .transform((v) => v ?? null);

const overrideFields = {
  function: z.enum(HEALTHCARE_FUNCTIONS, { error: "Choose a function." }),
  clinicalComplexity: factor("Clinical complexity"),
  payerPolicyDependence: factor("Payer-policy dependence"),
  complianceSensitivity: factor("Compliance sensitivity"),
  automationPotential: factor("Automation potential"),
  handlesPhi: z.boolean({ error: "Expected true or false." }).nullish().transform((v) => v ?? null),
  recommendation: z.enum(RECOMMENDATIONS, { error: "Choose a recommendation." }).nullish().transform((v) => v ?? null),
  reason: multiLine(
    z
      .string({ error: "Say why your organisation departs from the matrix." })
      .trim()
      .min(20, "Say why in a sentence or two (at least 20 characters): it is shown wherever the matrix is.")
      .max(1000, "At most 1,000 characters."),
  ),
};

interface Overridden {
  clinicalComplexity: number | null;
  payerPolicyDependence: number | null;
  complianceSensitivity: number | null;
  automationPotential: number | null;
  handlesPhi: boolean | null;
  recommendation: string | null;
}

const overridesSomething = (v: Overridden) => [v.clinicalComplexity, v.payerPolicyDependence, v.complianceSensitivity, v.automationPotential, v.handlesPhi, v.recommendation].some((x) => x !== null);
const nothingOverridden = { path: ["recommendation"], message: "Override at least one factor or the recommendation." };

/** An organisation's override of one function's row of the decision matrix (MODEL.md §1); the reason is required. */
export const MatrixOverrideInputSchema = z.object(overrideFields).refine(overridesSomething, nothingOverridden);
export type MatrixOverrideInput = z.infer<typeof MatrixOverrideInputSchema>;

/** The override form: "handles PHI" is a choice of as-is / yes / no. */
export const MatrixOverrideFormSchema = z
  .object({
    ...overrideFields,
    handlesPhi: z
      .enum(["yes", "no"], { error: "Choose yes or no, or leave it as the matrix says." })
      .nullish()
      .transform((v) => (v === "yes" ? true : v === "no" ? false : null)),
  })
  .refine(overridesSomething, nothingOverridden);
