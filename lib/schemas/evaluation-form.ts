import { z } from "zod";
import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES, type AssumptionName } from "@/lib/tco/assumptions";
import type { Uncertain } from "@/lib/tco/uncertain";
import { EvaluationInputSchema, functionCodeSchema, uniqueFunctions, type EvaluationInput } from "@/lib/schemas/evaluation";
import { fraction, nonNegative } from "@/lib/schemas/range";
import { versionField } from "@/lib/schemas/record-version";
import { uncertainInput } from "@/lib/schemas/uncertain-input";

/** Assumptions measured as a fraction are typed in percent. */
export function isFractionAssumption(name: AssumptionName): boolean {
  return ASSUMPTION_DEFAULTS[name].unit.startsWith("fraction");
}

/** One MODEL.md §5 assumption as a form enters it: a point or a low–likely–high range, in percent for fractions. */
export function assumptionInput(name: AssumptionName) {
  const d = ASSUMPTION_DEFAULTS[name];
  const percent = isFractionAssumption(name);
  const base = z
    .number({ error: "Enter a number." })
    .min(d.min, percent ? "Cannot be negative." : `At least ${d.min.toLocaleString("en-US")}.`)
    .max(d.max, percent ? "At most 100 %." : `At most ${d.max.toLocaleString("en-US")} (${d.unit}).`);
  return uncertainInput(base, { percent, requiredMessage: `Enter ${d.label.toLowerCase()}.` });
}

const money = (max: number) => z.number({ error: "Enter an amount in USD." }).min(0, "Cannot be negative.").max(max, "Implausibly large.");
const rate = () => fraction();

/** One function in scope as the form enters it: baselines in percent, each a value or a range. */
export const EvaluationFunctionFormSchema = z.object({
  function: functionCodeSchema,
  volumePerMonth: uncertainInput(nonNegative(1e9), { requiredMessage: "Enter the monthly volume." }),
  revenuePerUnit: uncertainInput(money(1e9), { requiredMessage: "Enter the revenue per unit (0 if none)." }),
  baselineDenialRate: uncertainInput(rate(), { percent: true, requiredMessage: "Enter today's denial rate." }),
  baselineReworkRate: uncertainInput(rate(), { percent: true, requiredMessage: "Enter the share of denials worked today." }),
  baselineOverturnRate: uncertainInput(rate(), { percent: true, requiredMessage: "Enter the share of worked denials recovered." }),
  baselineCodingAccuracy: uncertainInput(rate(), { percent: true, requiredMessage: "Enter today's coding accuracy." }),
  baselineFirstPassRate: uncertainInput(rate(), { percent: true, requiredMessage: "Enter today's first-pass rate." }),
  baselineMonthlyCost: uncertainInput(money(1e12), { requiredMessage: "Enter today's monthly cost." }),
});

/**
 * The create/edit evaluation form: the API's fields with percentages typed as percent and
 * every assumption shown (pre-filled with the organisation's defaults). evaluationInputFromForm
 * turns its value into the API's shape; the mutation keeps only the assumptions that differ
 * from the organisation's.
 */
export const EvaluationFormSchema = z
  .object({
    version: versionField.optional(),
    name: EvaluationInputSchema.shape.name,
    description: EvaluationInputSchema.shape.description,
    termMonths: EvaluationInputSchema.shape.termMonths.unwrap(),
    monteCarloSeed: EvaluationInputSchema.shape.monteCarloSeed.unwrap(),
    functions: z
      .array(EvaluationFunctionFormSchema, { error: "Pick at least one function in scope." })
      .min(1, "Pick at least one function in scope.")
      .refine(uniqueFunctions, "Each function may be in scope once."),
    assumptions: z.object(Object.fromEntries(ASSUMPTION_NAMES.map((name) => [name, assumptionInput(name)])) as Record<AssumptionName, ReturnType<typeof assumptionInput>>),
  });
export type EvaluationFormValue = z.output<typeof EvaluationFormSchema>;

/** A required uncertain input's value (the schema refused a blank one). */
export function given(value: Uncertain | undefined): Uncertain {
  if (value === undefined) throw new TypeError("A required value was blank after validation.");
  return value;
}

/** The form's value in the API's shape, for the shared mutations. */
export function evaluationInputFromForm(form: EvaluationFormValue): Omit<EvaluationInput, "monteCarloSeed"> & { monteCarloSeed: number } {
  return {
    name: form.name,
    description: form.description,
    termMonths: form.termMonths,
    monteCarloSeed: form.monteCarloSeed,
    functions: form.functions.map((f) => ({
      function: f.function,
      volumePerMonth: given(f.volumePerMonth),
      revenuePerUnit: given(f.revenuePerUnit),
      baselineDenialRate: given(f.baselineDenialRate),
      baselineReworkRate: given(f.baselineReworkRate),
      baselineOverturnRate: given(f.baselineOverturnRate),
      baselineCodingAccuracy: given(f.baselineCodingAccuracy),
      baselineFirstPassRate: given(f.baselineFirstPassRate),
      baselineMonthlyCost: given(f.baselineMonthlyCost),
    })),
    assumptions: Object.fromEntries(ASSUMPTION_NAMES.map((name) => [name, given(form.assumptions[name])])),
  };
}
