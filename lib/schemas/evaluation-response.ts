import { z } from "zod";
import { AiUse, HealthcareFunction, OperatingModel } from "@/lib/generated/prisma/enums";
import { BID_STATUSES } from "@/lib/schemas/bid";
import { RECOMMENDATIONS } from "@/lib/scoring/decision-matrix";
import { PERFORMANCE_RATES } from "@/lib/tco/scenario";

const isoDateTime = z.iso.datetime({ offset: true });
const range = z.object({ low: z.number(), mode: z.number(), high: z.number() });
/** A number, or the { low, mode, high } range it was entered as. */
const uncertainNumber = z.union([z.number(), range]);
const EVALUATION_STATUSES = ["DRAFT", "OPEN", "DECISION_RECORDED", "APPROVED", "ARCHIVED"] as const;

/** An evaluation without its scope: the rows of GET /api/v1/evaluations. */
export const EvaluationSummaryResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.enum(EVALUATION_STATUSES),
  termMonths: z.number().int(),
  monteCarloSeed: z.number().int(),
  monteCarloIterations: z.number().int(),
  assumptions: z.record(z.string(), uncertainNumber).describe("MODEL.md §5 assumptions this evaluation uses, by name"),
  weights: z.record(z.string(), z.number()).describe("MODEL.md §4 criterion weights, by criterion"),
  decision: z.object({ bidId: z.string(), rationale: z.string().nullable(), decidedById: z.string().nullable(), decidedAt: isoDateTime.nullable() }).nullable(),
  review: z.object({ reviewedById: z.string().nullable(), reviewedAt: isoDateTime, comment: z.string().nullable() }).nullable(),
  version: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const EvaluationListItemResponseSchema = EvaluationSummaryResponseSchema.extend({
  functionCount: z.number().int(),
  bidCount: z.number().int(),
});

/** One function in an evaluation's scope, in the shape EvaluationInputSchema takes. */
export const EvaluationFunctionResponseSchema = z.object({
  function: z.enum(HealthcareFunction),
  volumePerMonth: uncertainNumber,
  revenuePerUnit: uncertainNumber,
  baselineDenialRate: uncertainNumber,
  baselineReworkRate: uncertainNumber,
  baselineOverturnRate: uncertainNumber,
  baselineCodingAccuracy: uncertainNumber,
  baselineFirstPassRate: uncertainNumber,
  baselineMonthlyCost: uncertainNumber,
});

/** An evaluation with its scope; round-trips through the PATCH body. */
export const EvaluationResponseSchema = EvaluationSummaryResponseSchema.extend({
  functions: z.array(EvaluationFunctionResponseSchema),
});

/** A bid with its lines keyed by function code, in the shape BidInputSchema takes. */
export const BidResponseSchema = z.object({
  id: z.string(),
  evaluationId: z.string(),
  vendorId: z.string(),
  label: z.string(),
  status: z.enum(BID_STATUSES),
  implementationFee: z.number(),
  oversightPerMonth: z.number(),
  fte: z.number().nullable(),
  turnoverRate: z.number().nullable(),
  notes: z.string(),
  lines: z.array(
    z.object({
      function: z.enum(HealthcareFunction),
      pricing: z.object({
        model: z.string(),
        rate: uncertainNumber.nullable(),
        hoursPerMonth: uncertainNumber.nullable().optional(),
        fte: uncertainNumber.nullable().optional(),
        monthlyMinimum: uncertainNumber.nullable().optional(),
      }),
      commitments: z.object(Object.fromEntries(PERFORMANCE_RATES.map((rate) => [rate, uncertainNumber.nullable()])) as Record<(typeof PERFORMANCE_RATES)[number], z.ZodNullable<typeof uncertainNumber>>),
    }),
  ),
  submittedAt: isoDateTime,
  version: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** DELETE /api/v1/bids/{id}. */
export const BidRemovalResponseSchema = z.object({ id: z.string(), evaluationId: z.string() });

const percentiles = z.object({ p10: z.number().nullable(), p50: z.number().nullable(), p90: z.number().nullable() });
const components = z.record(z.string(), z.number()).describe("TCO by component, USD over the term");

/**
 * GET /api/v1/evaluations/{id}/results. The ranking and money are typed field by field; the
 * explanations (lines, criteria, value bases, notes, weight intervals) are objects whose
 * fields lib/evaluation/evaluation-results.ts documents.
 */
export const EvaluationResultsResponseSchema = z.object({
  evaluationId: z.string(),
  version: z.number().int().describe("The evaluation's version the results were computed from"),
  termMonths: z.number().int(),
  asOf: z.iso.date().describe("The day evidence and gates were judged on"),
  monteCarloSeed: z.number().int(),
  monteCarloIterations: z.number().int(),
  criteria: z.array(z.object({ key: z.string(), label: z.string(), direction: z.enum(["higher", "lower"]), scale: z.looseObject({ kind: z.enum(["benchmark", "ratioToCheapest"]) }), weight: z.number() })),
  functions: z.array(
    z.object({
      key: z.string(),
      function: z.enum(HealthcareFunction),
      recommendation: z.enum(RECOMMENDATIONS),
      rationale: z.string(),
      handlesPhi: z.boolean(),
      volumePerMonth: z.number(),
      revenuePerUnit: z.number(),
    }),
  ),
  baseline: z.object({ tco: z.number(), monthlyCost: z.number(), gross: z.number(), nrr: z.number().nullable(), components }),
  bids: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      vendor: z.object({ id: z.string(), name: z.string(), operatingModel: z.enum(OperatingModel), aiUse: z.enum(AiUse) }),
      qualified: z.boolean(),
      disqualificationReasons: z.array(z.string()),
      uncoveredFunctionKeys: z.array(z.string()),
      lines: z.array(z.looseObject({ functionKey: z.string(), function: z.enum(HealthcareFunction) })),
      criteria: z.array(z.object({ key: z.string(), value: z.number().nullable(), normalized: z.number(), missing: z.boolean() })),
      criterionBasis: z.record(z.string(), z.looseObject({ kind: z.string() })),
      notes: z.array(z.looseObject({ kind: z.string(), message: z.string() })),
      score: z.number().describe("0–100"),
      rank: z.number().int().describe("1-based; qualified bids first"),
      auditDefensibility: z.number().describe("0–100 (MODEL.md §4)"),
      rankAcceptability: z.number().describe("Probability (fraction) of ranking first when every weight varies ±25 %"),
      tco: z.number().describe("USD over the term"),
      components,
      gross: z.number(),
      nrr: z.number().nullable().describe("Net revenue realization (fraction)"),
      tcoPerUnit: z.number().nullable(),
      paybackMonth: z.number().int().nullable(),
      monthlyCost: z.array(z.number()),
      cumulativeNetBenefit: z.array(z.number()),
    }),
  ),
  withdrawn: z.array(z.object({ id: z.string(), label: z.string(), vendorName: z.string() })),
  weightStability: z.object({ leaderId: z.string(), intervals: z.array(z.looseObject({})) }).nullable(),
  tornado: z.array(
    z.object({
      bidId: z.string(),
      input: z.string(),
      label: z.string(),
      unit: z.enum(["USD", "fraction", "count", "months", "days", "multiple"]),
      lowValue: z.number(),
      highValue: z.number(),
      tcoAtLow: z.number(),
      tcoAtHigh: z.number(),
    }),
  ),
  uncertainty: z
    .object({
      iterations: z.number().int(),
      seed: z.number().int(),
      bids: z.record(
        z.string(),
        z.object({
          tco: percentiles,
          nrr: percentiles,
          paybackMonth: percentiles,
          probabilityLowestTco: z.number(),
          cumulativeNetBenefit: z.looseObject({}).nullable(),
        }),
      ),
    })
    .optional()
    .describe("With ?monteCarlo=N: P10/P50/P90 by bid id"),
  frozenAt: isoDateTime.optional().describe("Set when the results come from the inputs frozen at a recorded decision"),
});
