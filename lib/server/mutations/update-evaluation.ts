import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { claimEvaluation, EDITABLE_STATUSES } from "@/lib/server/mutations/evaluation-change";
import { evaluationAssumptions, replaceScope } from "@/lib/server/mutations/evaluation-scope";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import type { EvaluationUpdate } from "@/lib/schemas/evaluation";

/**
 * Edits a draft or open evaluation at the version the editor saw: name, description, term,
 * seed, scope (replaced as given) and assumptions. Refused once a decision is recorded.
 * One transaction with the audit event (before and after).
 */
export async function updateEvaluation(db: Db, auth: AuthContext, evaluationId: string, input: EvaluationUpdate) {
  return db.$transaction(async (tx) => {
    const { version, functions, assumptions, ...fields } = input;
    const before = await claimEvaluation(tx, auth, {
      evaluationId,
      allowed: EDITABLE_STATUSES,
      version,
      data: { ...fields, ...(assumptions ? { assumptions: await evaluationAssumptions(tx, auth.organizationId, assumptions) } : {}) },
    });
    const scopeBefore = functions ? await tx.evaluationFunction.findMany({ where: { evaluationId }, orderBy: { function: "asc" } }) : undefined;
    const scope = functions ? await replaceScope(tx, auth, evaluationId, functions) : undefined;
    const after = await tx.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: "update-evaluation",
      entityType: "Evaluation",
      entityId: evaluationId,
      before: { ...before, ...(scopeBefore ? { functions: scopeBefore } : {}) },
      after: { ...after, ...(functions ? { functions, removedFunctions: scope?.removed } : {}) },
    });
    return after;
  });
}
