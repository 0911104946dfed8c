import { z } from "zod";
import { HealthcareFunction } from "@/lib/generated/prisma/enums";
import { fraction, nonNegative, uncertain } from "@/lib/schemas/range";
import { versionField } from "@/lib/schemas/record-version";
import { TcoAssumptionsSchema } from "@/lib/schemas/tco-assumptions";
import { multiLine, singleLine } from "@/lib/schemas/text";

/** The largest seed PostgreSQL's integer column holds. */
export const MAX_SEED = 2_147_483_647;

export const functionCodeSchema = z.enum(HealthcareFunction, { error: "Choose a function from the decision matrix." });

/** One function in scope with today's baseline (MODEL.md §5). Rates are fractions, money USD; any number may be a range. */
export const EvaluationFunctionInputSchema = z
  .object({
    function: functionCodeSchema,
    volumePerMonth: uncertain(nonNegative(1e9), "Units handled per month"),
    revenuePerUnit: uncertain(nonNegative(1e9), "Revenue per unit, USD"),
    baselineDenialRate: uncertain(fraction(), "Today's initial denial rate (fraction)"),
    baselineReworkRate: uncertain(fraction(), "Today's share of denials worked (fraction)"),
    baselineOverturnRate: uncertain(fraction(), "Today's share of worked denials recovered (fraction)"),
    baselineCodingAccuracy: uncertain(fraction(), "Today's coding accuracy (fraction)"),
    baselineFirstPassRate: uncertain(fraction(), "Today's first-pass payment rate (fraction)"),
    baselineMonthlyCost: uncertain(nonNegative(1e12), "Today's cost of the function per month, USD"),
  })
  .strict();
export type EvaluationFunctionInput = z.infer<typeof EvaluationFunctionInputSchema>;

/** Each function may be in scope once. */
export function uniqueFunctions<T extends { function: string }>(list: T[]): boolean {
  return new Set(list.map((item) => item.function)).size === list.length;
}

const evaluationFields = {
  name: singleLine(z.string({ error: "Name the evaluation." }).trim().min(1, "Name the evaluation.").max(160, "The name must be at most 160 characters.")),
  description: multiLine(z.string().trim().max(2000, "The description must be at most 2,000 characters.")),
  termMonths: z
    .number({ error: "Enter the contract term in months." })
    .int("The term is a whole number of months.")
    .min(1, "The term is at least one month.")
    .max(120, "The term is at most 120 months (ten years)."),
  monteCarloSeed: z
    .number({ error: "Enter the seed, a whole number." })
    .int("The seed is a whole number.")
    .min(0, "The seed cannot be negative.")
    .max(MAX_SEED, `The seed is at most ${MAX_SEED.toLocaleString("en-US")}.`)
    .describe("Monte Carlo seed: the same seed and data give the same figures"),
  functions: z
    .array(EvaluationFunctionInputSchema, { error: "Pick at least one function in scope." })
    .min(1, "Pick at least one function in scope.")
    .refine(uniqueFunctions, "Each function may be in scope once."),
  assumptions: TcoAssumptionsSchema,
};

/** A new evaluation as the API takes it; a seed is drawn when none is given. Assumptions left out take the organisation's defaults. */
export const EvaluationInputSchema = z
  .object({
    ...evaluationFields,
    description: evaluationFields.description.default(""),
    termMonths: evaluationFields.termMonths.default(36),
    monteCarloSeed: evaluationFields.monteCarloSeed.optional(),
    assumptions: evaluationFields.assumptions.default({}),
  })
  .strict();
export type EvaluationInput = z.infer<typeof EvaluationInputSchema>;

/** An edit (PATCH): any of the fields, and the version edited. `functions` replaces the scope; `assumptions` replaces the evaluation's own. */
export const EvaluationUpdateSchema = z.object(evaluationFields).partial().extend({ version: versionField }).strict();
export type EvaluationUpdate = z.infer<typeof EvaluationUpdateSchema>;
