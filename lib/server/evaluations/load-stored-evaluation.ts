import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoredEvaluation, StoredRanges } from "@/lib/evaluation/stored-evaluation";
import { rangeOf } from "@/lib/schemas/range";
import { TcoAssumptionsSchema } from "@/lib/schemas/tco-assumptions";

type Decimalish = { toString(): string };

/** A Decimal column as a JavaScript number (the engine's unit); null stays null. */
function num(value: Decimalish): number;
function num(value: Decimalish | null): number | null;
function num(value: Decimalish | null): number | null {
  return value === null ? null : Number(value.toString());
}

const StoredRangesSchema = z.record(z.string(), rangeOf(z.number().finite()));
const StoredWeightsSchema = z.record(z.string(), z.number().finite().min(0));

/**
 * The JSON columns were written through the schemas; anything else (hand-edited rows) is
 * dropped rather than fed to the engine, entry by entry.
 */
function parseRanges(json: Prisma.JsonValue): StoredRanges {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
  const ranges: Record<string, z.infer<typeof StoredRangesSchema>[string]> = {};
  for (const [key, value] of Object.entries(json)) {
    const parsed = StoredRangesSchema.safeParse({ [key]: value });
    if (parsed.success) ranges[key] = parsed.data[key];
  }
  return ranges;
}

/** Stored assumptions (an organisation's or an evaluation's), dropping any entry the schema refuses. */
export function parseAssumptions(json: Prisma.JsonValue): StoredEvaluation["assumptions"] {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (TcoAssumptionsSchema.safeParse({ [key]: value }).success) valid[key] = value;
  }
  return TcoAssumptionsSchema.parse(valid);
}

function parseWeights(json: Prisma.JsonValue): Record<string, number> {
  const parsed = StoredWeightsSchema.safeParse(json);
  return parsed.success ? parsed.data : {};
}

/** Today as a calendar day (UTC midnight), the default as-of date for evidence. */
export function today(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Reads everything an evaluation's results depend on, scoped to the organisation: the
 * evaluation, its scope, its bids and lines, the bidding vendors' observations, evidence and
 * certifications, and the organisation's defaults and matrix overrides. Null when the
 * evaluation is not the organisation's.
 */
export async function loadStoredEvaluation(db: Pick<Db, "evaluation" | "vendor">, organizationId: string, evaluationId: string, now = new Date()): Promise<StoredEvaluation | null> {
  const evaluation = await db.evaluation.findFirst({
    where: { id: evaluationId, organizationId },
    include: {
      organization: { select: { matrixOverrides: true } },
      functions: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      bids: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { lines: { orderBy: { id: "asc" } } } },
    },
  });
  if (!evaluation) return null;
  const vendorIds = [...new Set(evaluation.bids.map((b) => b.vendorId))];
  const vendors = vendorIds.length === 0
    ? []
    : await db.vendor.findMany({
        where: { id: { in: vendorIds }, organizationId },
        include: {
          metricObservations: { select: { metric: true, value: true, asOf: true, source: true } },
          complianceEvidence: { select: { item: true, level: true, effectiveDate: true } },
          certifications: { select: { count: true } },
        },
      });

  return {
    id: evaluation.id,
    version: evaluation.version,
    termMonths: evaluation.termMonths,
    monteCarloSeed: evaluation.monteCarloSeed,
    monteCarloIterations: evaluation.monteCarloIterations,
    asOf: evaluation.asOfDate ?? today(now),
    weights: parseWeights(evaluation.weights),
    assumptions: parseAssumptions(evaluation.assumptions),
    matrixOverrides: evaluation.organization.matrixOverrides.map((o) => ({ ...o })),
    functions: evaluation.functions.map((f) => ({
      id: f.id,
      function: f.function,
      volumePerMonth: num(f.volumePerMonth),
      revenuePerUnit: num(f.revenuePerUnit),
      baseline: {
        denialRate: num(f.baselineDenialRate),
        reworkRate: num(f.baselineReworkRate),
        overturnRate: num(f.baselineOverturnRate),
        codingAccuracy: num(f.baselineCodingAccuracy),
        firstPassRate: num(f.baselineFirstPassRate),
        monthlyCost: num(f.baselineMonthlyCost),
      },
      ranges: parseRanges(f.ranges),
    })),
    bids: evaluation.bids.map((b) => ({
      id: b.id,
      label: b.label,
      status: b.status,
      vendorId: b.vendorId,
      implementationFee: num(b.implementationFee),
      oversightPerMonth: num(b.oversightPerMonth),
      fte: num(b.fte),
      turnoverRate: num(b.turnoverRate),
      complianceMaturity: num(b.complianceMaturity),
      ranges: parseRanges(b.ranges),
      lines: b.lines.map((l) => ({
        functionId: l.evaluationFunctionId,
        pricingModel: l.pricingModel,
        rate: num(l.rate),
        hoursPerMonth: num(l.hoursPerMonth),
        fte: num(l.fte),
        monthlyMinimum: num(l.monthlyMinimum),
        commitments: {
          denialRate: num(l.denialRate),
          reworkRate: num(l.reworkRate),
          overturnRate: num(l.overturnRate),
          codingAccuracy: num(l.codingAccuracy),
          firstPassRate: num(l.firstPassRate),
        },
        ranges: parseRanges(l.ranges),
      })),
    })),
    vendors: vendors.map((v) => ({
      id: v.id,
      name: v.name,
      operatingModel: v.operatingModel,
      aiUse: v.aiUse,
      fte: v.fte,
      annualTurnoverRate: num(v.annualTurnoverRate),
      observations: v.metricObservations.map((o) => ({ metric: o.metric, value: num(o.value), asOf: o.asOf, source: o.source })),
      evidence: v.complianceEvidence,
      certifications: v.certifications,
    })),
  };
}
