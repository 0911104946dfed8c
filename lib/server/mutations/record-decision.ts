import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { NotFoundError, RuleViolationError } from "@/lib/server/domain-errors";
import { loadStoredEvaluation } from "@/lib/server/evaluations/load-stored-evaluation";
import { claimEvaluation } from "@/lib/server/mutations/evaluation-change";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import { assembleEvaluation } from "@/lib/evaluation/assemble-evaluation";
import { takeDecisionSnapshot } from "@/lib/evaluation/decision-snapshot";
import type { RecordDecisionInput } from "@/lib/schemas/evaluation-decision";

/**
 * OPEN → DECISION_RECORDED: Procurement records the chosen bid (submitted, qualified) and the
 * rationale, and freezes the results' inputs (metric values, evidence, assumptions, weights,
 * seed) as a snapshot, so the decided ranking, TCO and report never change when the registry
 * does. Any earlier review comment is cleared. One transaction with the audit event.
 */
export async function recordDecision(db: Db, auth: AuthContext, evaluationId: string, input: RecordDecisionInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const bid = await tx.bid.findFirst({ where: { id: input.bidId, evaluationId, organizationId: auth.organizationId }, select: { id: true, label: true, status: true } });
    const stored = await loadStoredEvaluation(tx, auth.organizationId, evaluationId, now);
    if (!stored) throw new NotFoundError("Evaluation");
    if (!bid) throw new RuleViolationError("Choose one of this evaluation's bids.", "bidId");
    if (bid.status !== "SUBMITTED") throw new RuleViolationError(`“${bid.label}” is ${bid.status.toLowerCase()}: only a submitted bid can be chosen.`, "bidId");
    const chosen = assembleEvaluation(stored).bids.find((b) => b.stored.id === bid.id);
    if (!chosen?.qualified) throw new RuleViolationError(`“${bid.label}” fails a qualification gate (${chosen?.disqualificationReasons.join("; ") ?? "not ranked"}) and cannot be chosen.`, "bidId");
    const snapshot = takeDecisionSnapshot(stored, now);
    const before = await claimEvaluation(tx, auth, {
      evaluationId,
      allowed: ["OPEN"],
      version: input.version,
      data: {
        status: "DECISION_RECORDED",
        decidedBidId: bid.id,
        decisionRationale: input.rationale,
        decidedById: auth.userId,
        decidedAt: now,
        decisionSnapshot: snapshot as unknown as Prisma.InputJsonValue,
        reviewedById: null,
        reviewedAt: null,
        reviewComment: null,
      },
    });
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: "record-decision",
      entityType: "Evaluation",
      entityId: evaluationId,
      before: { status: before.status },
      after: { status: "DECISION_RECORDED", decidedBidId: bid.id, bidLabel: bid.label, rationale: input.rationale },
    });
    return { version: before.version + 1 };
  });
}
