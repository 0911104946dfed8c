import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { claimEvaluation } from "@/lib/server/mutations/evaluation-change";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import type { ReopenEvaluationInput } from "@/lib/schemas/evaluation-decision";

/**
 * Procurement reopens a decided or approved evaluation (→ OPEN): the decision, the approval
 * and the frozen snapshot are cleared, so results follow today's data again; the audit event
 * keeps what was cleared and why.
 */
export async function reopenEvaluation(db: Db, auth: AuthContext, evaluationId: string, input: ReopenEvaluationInput) {
  return db.$transaction(async (tx) => {
    const before = await claimEvaluation(tx, auth, {
      evaluationId,
      allowed: ["DECISION_RECORDED", "APPROVED"],
      version: input.version,
      data: {
        status: "OPEN",
        decidedBidId: null,
        decisionRationale: null,
        decidedById: null,
        decidedAt: null,
        decisionSnapshot: Prisma.DbNull,
        reviewedById: null,
        reviewedAt: null,
        reviewComment: null,
      },
    });
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: "reopen-evaluation",
      entityType: "Evaluation",
      entityId: evaluationId,
      before: {
        status: before.status,
        decidedBidId: before.decidedBidId,
        decisionRationale: before.decisionRationale,
        decidedById: before.decidedById,
        decidedAt: before.decidedAt,
        reviewedById: before.reviewedById,
        reviewedAt: before.reviewedAt,
      },
      after: { status: "OPEN", comment: input.comment },
    });
    return { version: before.version + 1 };
  });
}
