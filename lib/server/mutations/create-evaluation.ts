import "server-only";
import { randomInt } from "node:crypto";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { defaultCriterionWeights, evaluationAssumptions, replaceScope } from "@/lib/server/mutations/evaluation-scope";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import { MAX_SEED, type EvaluationInput } from "@/lib/schemas/evaluation";

/** Starts a sourcing event as a draft: scope with today's baseline, own assumptions, a seed (drawn when not given). One transaction with its audit event. */
export async function createEvaluation(db: Db, auth: AuthContext, input: EvaluationInput) {
  return db.$transaction(async (tx) => {
    const evaluation = await tx.evaluation.create({
      data: {
        organizationId: auth.organizationId,
        name: input.name,
        description: input.description,
        termMonths: input.termMonths,
        monteCarloSeed: input.monteCarloSeed ?? randomInt(0, MAX_SEED),
        assumptions: await evaluationAssumptions(tx, auth.organizationId, input.assumptions),
        weights: await defaultCriterionWeights(tx, auth.organizationId),
        status: "DRAFT",
        createdById: auth.userId,
      },
    });
    await replaceScope(tx, auth, evaluation.id, input.functions);
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: "create-evaluation",
      entityType: "Evaluation",
      entityId: evaluation.id,
      after: { ...evaluation, functions: input.functions },
    });
    return evaluation;
  });
}
