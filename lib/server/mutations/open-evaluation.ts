import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { RuleViolationError } from "@/lib/server/domain-errors";
import { claimEvaluation } from "@/lib/server/mutations/evaluation-change";
import { actorOf } from "@/lib/server/mutations/vendor-change";

/** DRAFT → OPEN: the scope is set and bids may be entered. Needs at least one function in scope. */
export async function openEvaluation(db: Db, auth: AuthContext, evaluationId: string, version: number) {
  return db.$transaction(async (tx) => {
    const before = await claimEvaluation(tx, auth, { evaluationId, allowed: ["DRAFT"], version, data: { status: "OPEN" } });
    const functions = await tx.evaluationFunction.count({ where: { evaluationId } });
    if (functions === 0) throw new RuleViolationError("Put at least one function in scope before opening the evaluation for bids.");
    await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action: "open-evaluation", entityType: "Evaluation", entityId: evaluationId, before: { status: before.status }, after: { status: "OPEN" } });
    return { version: before.version + 1 };
  });
}
