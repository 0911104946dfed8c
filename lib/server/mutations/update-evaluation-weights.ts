import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { lastChangeOf } from "@/lib/server/audit/last-change";
import { actorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { NotFoundError, RuleViolationError, VersionConflictError } from "@/lib/server/domain-errors";
import type { EvaluationWeightsInput } from "@/lib/schemas/evaluation-weights";

/** Statuses in which an evaluation's weights may still change (a recorded decision freezes them). */
const EDITABLE = new Set(["DRAFT", "OPEN"]);

/**
 * Stores an evaluation's criterion weights if it is still at the version the editor saw, with
 * the audit event in the same transaction. Throws NotFoundError (also for another organisation's
 * evaluation), RuleViolationError (a decided evaluation) or VersionConflictError.
 */
export async function updateEvaluationWeights(db: Db, auth: AuthContext, evaluationId: string, input: EvaluationWeightsInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.evaluation.findFirst({ where: { id: evaluationId, organizationId: auth.organizationId }, select: { weights: true, version: true, status: true, updatedAt: true } });
    if (!before) throw new NotFoundError("Evaluation");
    if (!EDITABLE.has(before.status)) throw new RuleViolationError("This evaluation's decision is recorded: its weights can no longer change.");
    const { count } = await tx.evaluation.updateMany({
      where: { id: evaluationId, organizationId: auth.organizationId, version: input.version },
      data: { weights: input.weights, version: { increment: 1 } },
    });
    if (count === 0) throw new VersionConflictError("Evaluation", before.version, await lastChangeOf(tx, auth.organizationId, "Evaluation", evaluationId, before.updatedAt));
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: "update-evaluation-weights",
      entityType: "Evaluation",
      entityId: evaluationId,
      before: { weights: before.weights, version: before.version },
      after: { weights: input.weights, version: before.version + 1 },
    });
    return { version: before.version + 1 };
  });
}
