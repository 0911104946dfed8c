import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseAssumptions } from "@/lib/server/evaluations/load-stored-evaluation";
import { splitUncertain } from "@/lib/server/mutations/uncertain-columns";
import type { Tx } from "@/lib/server/mutations/vendor-change";
import type { EvaluationFunctionInput } from "@/lib/schemas/evaluation";
import { resolveAssumptions, ASSUMPTION_NAMES, type AssumptionName } from "@/lib/tco/assumptions";
import type { Uncertain } from "@/lib/tco/uncertain";

function functionRow(input: EvaluationFunctionInput) {
  const { function: _code, ...numbers } = input;
  const { columns, ranges } = splitUncertain(numbers);
  return { ...columns, ranges: ranges as unknown as Prisma.InputJsonValue };
}

/**
 * Makes an evaluation's scope exactly `functions`: a function kept keeps its row (and the bid
 * lines priced on it), a new one is added, one left out is removed with its bid lines.
 */
export async function replaceScope(tx: Tx, auth: AuthContext, evaluationId: string, functions: EvaluationFunctionInput[]) {
  const existing = await tx.evaluationFunction.findMany({ where: { evaluationId, organizationId: auth.organizationId } });
  const wanted = new Set(functions.map((f) => f.function));
  const removed = existing.filter((row) => !wanted.has(row.function));
  if (removed.length > 0) await tx.evaluationFunction.deleteMany({ where: { id: { in: removed.map((row) => row.id) } } });
  for (const input of functions) {
    const row = existing.find((r) => r.function === input.function);
    if (row) await tx.evaluationFunction.update({ where: { id: row.id }, data: { ...functionRow(input), version: { increment: 1 } } });
    else await tx.evaluationFunction.create({ data: { ...functionRow(input), function: input.function, evaluationId, organizationId: auth.organizationId } });
  }
  return { removed: removed.map((row) => row.function) };
}

/**
 * The assumptions an evaluation stores: every MODEL.md §5 assumption, as supplied, else the
 * organisation's default (over MODEL.md's) at this moment. Stored whole, so a later change of
 * the organisation's defaults never changes an existing evaluation's results.
 */
export async function evaluationAssumptions(tx: Tx, organizationId: string, supplied: Partial<Record<AssumptionName, Uncertain | undefined>>): Promise<Prisma.InputJsonValue> {
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { assumptions: true } });
  const defaults = resolveAssumptions(parseAssumptions(organization.assumptions));
  const stored: Record<string, Uncertain> = {};
  for (const name of ASSUMPTION_NAMES) stored[name] = supplied[name] ?? defaults[name];
  return stored as Prisma.InputJsonValue;
}

/** The organisation's default criterion weights for a new evaluation ({} = MODEL.md §4's). */
export async function defaultCriterionWeights(tx: Tx, organizationId: string): Promise<Prisma.InputJsonValue> {
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { criterionWeights: true } });
  return (organization.criterionWeights ?? {}) as Prisma.InputJsonValue;
}
