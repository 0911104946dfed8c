import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { actorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { NotFoundError } from "@/lib/server/domain-errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The copy's name: "… (copy)", so both are told apart in the list. */
export function copyName(name: string): string {
  return `${name} (copy)`;
}

/**
 * Copies an evaluation as a new draft: its scope and baseline, assumptions, weights, seed and
 * bids with their lines. The decision, approval and history are not copied; evidence is judged
 * as of today again. One transaction, with the audit event. Throws NotFoundError for another
 * organisation's evaluation.
 */
export async function duplicateEvaluation(db: Db, auth: AuthContext, evaluationId: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const source = await tx.evaluation.findFirst({
      where: { id: evaluationId, organizationId: auth.organizationId },
      include: { functions: true, bids: { include: { lines: true } } },
    });
    if (!source) throw new NotFoundError("Evaluation");
    const copy = await tx.evaluation.create({
      data: {
        organizationId: auth.organizationId,
        name: copyName(source.name),
        description: source.description,
        status: "DRAFT",
        termMonths: source.termMonths,
        assumptions: source.assumptions as Prisma.InputJsonValue,
        weights: source.weights as Prisma.InputJsonValue,
        monteCarloSeed: source.monteCarloSeed,
        monteCarloIterations: source.monteCarloIterations,
        createdById: auth.userId,
      },
    });
    const functionIds = new Map<string, string>();
    for (const fn of source.functions) {
      const { id, evaluationId: _from, createdAt: _c, updatedAt: _u, version: _v, ranges, ...fields } = fn;
      const created = await tx.evaluationFunction.create({ data: { ...fields, ranges: ranges as Prisma.InputJsonValue, evaluationId: copy.id } });
      functionIds.set(id, created.id);
    }
    for (const bid of source.bids) {
      const { id: _id, evaluationId: _from, createdAt: _c, updatedAt: _u, version: _v, submittedAt: _s, lines, ranges, ...fields } = bid;
      const created = await tx.bid.create({ data: { ...fields, ranges: ranges as Prisma.InputJsonValue, evaluationId: copy.id } });
      for (const line of lines) {
        const { id: _lid, bidId: _b, createdAt: _lc, updatedAt: _lu, version: _lv, evaluationFunctionId, ranges: lineRanges, ...lineFields } = line;
        await tx.bidLine.create({
          data: { ...lineFields, ranges: lineRanges as Prisma.InputJsonValue, bidId: created.id, evaluationFunctionId: functionIds.get(evaluationFunctionId)! },
        });
      }
    }
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: "duplicate-evaluation",
      entityType: "Evaluation",
      entityId: copy.id,
      after: { sourceEvaluationId: source.id, name: copy.name, functions: source.functions.length, bids: source.bids.length },
    });
    return { id: copy.id };
  });
}
