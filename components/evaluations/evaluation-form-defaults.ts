import { uncertainText, type UncertainText } from "@/components/evaluations/uncertain-defaults";
import { NEW_FUNCTION_BASELINE } from "@/lib/evaluation/baseline-defaults";
import { isFractionAssumption } from "@/lib/schemas/evaluation-form";
import type { AssumptionName } from "@/lib/tco/assumptions";
import type { Uncertain } from "@/lib/tco/uncertain";

export const FUNCTION_NUMBER_FIELDS = [
  { key: "volumePerMonth", label: "Volume per month", unit: "units", percent: false },
  { key: "revenuePerUnit", label: "Revenue per unit", unit: "USD", percent: false },
  { key: "baselineMonthlyCost", label: "Today's cost per month", unit: "USD", percent: false },
  { key: "baselineDenialRate", label: "Today's denial rate", unit: "%", percent: true },
  { key: "baselineCodingAccuracy", label: "Today's coding accuracy", unit: "%", percent: true },
  { key: "baselineFirstPassRate", label: "Today's first-pass rate", unit: "%", percent: true },
  { key: "baselineReworkRate", label: "Denials worked today", unit: "%", percent: true },
  { key: "baselineOverturnRate", label: "Worked denials recovered", unit: "%", percent: true },
] as const;
export type FunctionNumberKey = (typeof FUNCTION_NUMBER_FIELDS)[number]["key"];

export type FunctionDefaults = { function: string } & Record<FunctionNumberKey, UncertainText>;

export interface EvaluationFormDefaults {
  version?: string;
  name: string;
  description: string;
  termMonths: string;
  monteCarloSeed: string;
  functions: FunctionDefaults[];
  assumptions: Record<string, UncertainText>;
}

/** A function's fields as the form shows them, from the API's shape (numbers or ranges). */
export function functionDefaults(fn: { function: string } & Partial<Record<FunctionNumberKey, Uncertain | null>>): FunctionDefaults {
  return {
    function: fn.function,
    ...(Object.fromEntries(FUNCTION_NUMBER_FIELDS.map(({ key, percent }) => [key, uncertainText(fn[key], percent)])) as Record<FunctionNumberKey, UncertainText>),
  };
}

/** A function just picked: MODEL.md's sourced baseline rates, the hospital's own figures blank. */
export function newFunctionDefaults(code: string): FunctionDefaults {
  return functionDefaults({
    function: code,
    baselineDenialRate: NEW_FUNCTION_BASELINE.denialRate,
    baselineReworkRate: NEW_FUNCTION_BASELINE.reworkRate,
    baselineOverturnRate: NEW_FUNCTION_BASELINE.overturnRate,
  });
}

export function assumptionDefaults(assumptions: { name: AssumptionName; value: Uncertain }[]): Record<string, UncertainText> {
  return Object.fromEntries(assumptions.map((a) => [a.name, uncertainText(a.value, isFractionAssumption(a.name))]));
}
