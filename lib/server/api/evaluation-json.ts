import "server-only";
import type { Bid, BidLine, Evaluation, EvaluationFunction, Prisma } from "@/lib/generated/prisma/client";
import { PERFORMANCE_RATES } from "@/lib/tco/scenario";

type Decimalish = { toString(): string };
type Ranges = Record<string, { low: number; mode: number; high: number }>;

function num(value: Decimalish): number;
function num(value: Decimalish | null): number | null;
function num(value: Decimalish | null): number | null {
  return value === null ? null : Number(value.toString());
}

function rangesOf(json: Prisma.JsonValue): Ranges {
  return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as unknown as Ranges) : {};
}

/** A stored column as the API's number-or-range: the range where one was entered. */
function uncertainOf(value: Decimalish | null, ranges: Ranges, key: string): number | Ranges[string] | null {
  if (value === null) return null;
  return ranges[key] ?? num(value);
}

const FUNCTION_NUMBERS = ["volumePerMonth", "revenuePerUnit", "baselineDenialRate", "baselineReworkRate", "baselineOverturnRate", "baselineCodingAccuracy", "baselineFirstPassRate", "baselineMonthlyCost"] as const;

/** An evaluation function in the shape EvaluationFunctionInputSchema takes (ranges folded in). */
export function evaluationFunctionJson(row: EvaluationFunction) {
  const ranges = rangesOf(row.ranges);
  return { function: row.function, ...Object.fromEntries(FUNCTION_NUMBERS.map((key) => [key, uncertainOf(row[key], ranges, key)])) };
}

/** An evaluation without its scope (the list's rows); the decision and review when recorded. */
export function evaluationSummaryJson(row: Evaluation) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    status: row.status,
    termMonths: row.termMonths,
    monteCarloSeed: row.monteCarloSeed,
    monteCarloIterations: row.monteCarloIterations,
    assumptions: row.assumptions,
    weights: row.weights,
    decision: row.decidedBidId ? { bidId: row.decidedBidId, rationale: row.decisionRationale, decidedById: row.decidedById, decidedAt: row.decidedAt?.toISOString() ?? null } : null,
    review: row.reviewedAt ? { reviewedById: row.reviewedById, reviewedAt: row.reviewedAt.toISOString(), comment: row.reviewComment } : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An evaluation as /api/v1 returns it, with its scope: round-trips through EvaluationUpdateSchema. */
export function evaluationJson(row: Evaluation & { functions: EvaluationFunction[] }) {
  return { ...evaluationSummaryJson(row), functions: row.functions.map(evaluationFunctionJson) };
}

/** A bid as /api/v1 returns it: lines keyed by function code, in the shape BidInputSchema takes. */
export function bidJson(row: Bid & { lines: (BidLine & { evaluationFunction: { function: string } })[] }) {
  return {
    id: row.id,
    evaluationId: row.evaluationId,
    vendorId: row.vendorId,
    label: row.label,
    status: row.status,
    implementationFee: num(row.implementationFee),
    oversightPerMonth: num(row.oversightPerMonth),
    fte: num(row.fte),
    turnoverRate: num(row.turnoverRate),
    notes: row.notes,
    lines: row.lines.map((line) => {
      const ranges = rangesOf(line.ranges);
      return {
        function: line.evaluationFunction.function,
        pricing: {
          model: line.pricingModel,
          rate: uncertainOf(line.rate, ranges, "rate"),
          ...(line.hoursPerMonth !== null ? { hoursPerMonth: uncertainOf(line.hoursPerMonth, ranges, "hoursPerMonth") } : {}),
          ...(line.fte !== null ? { fte: uncertainOf(line.fte, ranges, "fte") } : {}),
          ...(line.monthlyMinimum !== null ? { monthlyMinimum: uncertainOf(line.monthlyMinimum, ranges, "monthlyMinimum") } : {}),
        },
        commitments: Object.fromEntries(PERFORMANCE_RATES.map((rate) => [rate, uncertainOf(line[rate], ranges, rate)])),
      };
    }),
    submittedAt: row.submittedAt.toISOString(),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
