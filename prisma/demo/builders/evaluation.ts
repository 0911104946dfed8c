import type { Evaluation, EvaluationFunction, Prisma } from "@/lib/generated/prisma/client";
import type { FactoryDb } from "./factory-db";
import { nextSequence } from "./sequence";

export type EvaluationFunctionInput = Omit<
  Partial<Prisma.EvaluationFunctionUncheckedCreateInput>,
  "organizationId" | "evaluationId"
>;

export type EvaluationOverrides = Omit<Partial<Prisma.EvaluationUncheckedCreateInput>, "functions"> & {
  organizationId: string;
  /** Functions in scope, created with the evaluation. */
  functions?: EvaluationFunctionInput[];
};

export type EvaluationWithFunctions = Evaluation & { functions: EvaluationFunction[] };

// Baseline defaults are MODEL.md §5's: denial 0.118 (Kodiak Solutions, 2025), rework 0.35
// (Change Healthcare, second-hand), overturn 0.54 (Premier, 2024); the generalist ends of
// the article's ranges for coding accuracy (80–85 %) and first-pass rate (65–75 %).
const baselineDefaults = {
  function: "COMPLEX_CLAIMS_DENIALS",
  volumePerMonth: 1000,
  revenuePerUnit: 2000,
  baselineDenialRate: "0.118",
  baselineReworkRate: "0.35",
  baselineOverturnRate: "0.54",
  baselineCodingAccuracy: "0.82",
  baselineFirstPassRate: "0.70",
  baselineMonthlyCost: 20000,
} satisfies EvaluationFunctionInput;

export function createEvaluationFunction(
  db: FactoryDb,
  overrides: EvaluationFunctionInput & { organizationId: string; evaluationId: string },
): Promise<EvaluationFunction> {
  return db.evaluationFunction.create({ data: { ...baselineDefaults, ...overrides } });
}

export async function createEvaluation(db: FactoryDb, overrides: EvaluationOverrides): Promise<EvaluationWithFunctions> {
  const { functions = [], ...fields } = overrides;
  const n = nextSequence();
  const evaluation = await db.evaluation.create({
    data: { name: `Test Evaluation ${n}`, status: "DRAFT", termMonths: 36, monteCarloSeed: n, ...fields },
  });
  // Sequential, not Promise.all: an interactive transaction runs one query at a time anyway.
  const created: EvaluationFunction[] = [];
  for (const fn of functions) {
    created.push(
      await createEvaluationFunction(db, { ...fn, organizationId: evaluation.organizationId, evaluationId: evaluation.id }),
    );
  }
  return { ...evaluation, functions: created };
}
