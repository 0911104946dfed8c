import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { claimEvaluation } from "@/lib/server/mutations/evaluation-change";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import type { ReviewDecisionInput } from "@/lib/schemas/evaluation-decision";

/**
 * The Executive's review of a recorded decision: APPROVE (DECISION_RECORDED → APPROVED, with
 * who, when and an optional comment) or RETURN it to Procurement with a comment (→ OPEN, the
 * decision and its snapshot cleared; the history keeps both). One transaction with the audit event.
 */
export async function reviewDecision(db: Db, auth: AuthContext, evaluationId: string, input: ReviewDecisionInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const review = { reviewedById: auth.userId, reviewedAt: now, reviewComment: input.comment || null };
    const data =
      input.outcome === "APPROVE"
        ? { status: "APPROVED" as const, ...review }
        : { status: "OPEN" as const, ...review, decidedBidId: null, decisionRationale: null, decidedById: null, decidedAt: null, decisionSnapshot: Prisma.DbNull };
    const before = await claimEvaluation(tx, auth, { evaluationId, allowed: ["DECISION_RECORDED"], version: input.version, data });
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: input.outcome === "APPROVE" ? "approve-decision" : "return-decision",
      entityType: "Evaluation",
      entityId: evaluationId,
      before: { status: before.status, decidedBidId: before.decidedBidId },
      after: { status: data.status, comment: input.comment },
    });
    return { version: before.version + 1, status: data.status };
  });
}
