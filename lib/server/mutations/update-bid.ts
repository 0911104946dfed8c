import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { lastChangeOf } from "@/lib/server/audit/last-change";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { DuplicateError, isUniqueViolation, VersionConflictError } from "@/lib/server/domain-errors";
import { findBid, replaceBidLines, requireBiddingVendor } from "@/lib/server/mutations/bid-rows";
import { DUPLICATE_LABEL_MESSAGE } from "@/lib/server/mutations/create-bid";
import { BIDDING_STATUSES, claimEvaluation } from "@/lib/server/mutations/evaluation-change";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import type { BidUpdate } from "@/lib/schemas/bid";

/**
 * Changes a bid of an open evaluation at the version the editor saw (its status too: draft,
 * submitted, withdrawn); `lines` replaces all lines. One transaction with the audit event.
 */
export async function updateBid(db: Db, auth: AuthContext, bidId: string, input: BidUpdate) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await findBid(tx, auth, bidId);
      await claimEvaluation(tx, auth, { evaluationId: before.evaluationId, allowed: BIDDING_STATUSES });
      const { version, lines, ...fields } = input;
      if (fields.vendorId !== undefined && fields.vendorId !== before.vendorId) await requireBiddingVendor(tx, auth, fields.vendorId);
      const submitted = fields.status === "SUBMITTED" && before.status !== "SUBMITTED" ? { submittedAt: new Date() } : {};
      const { count } = await tx.bid.updateMany({
        where: { id: bidId, organizationId: auth.organizationId, version },
        data: { ...fields, ...submitted, version: { increment: 1 } },
      });
      if (count === 0) throw new VersionConflictError("Bid", before.version, await lastChangeOf(tx, auth.organizationId, "Bid", bidId, before.updatedAt));
      if (lines) await replaceBidLines(tx, auth, before.evaluationId, bidId, lines);
      const after = await tx.bid.findUniqueOrThrow({ where: { id: bidId }, include: { lines: true } });
      await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action: "update-bid", entityType: "Bid", entityId: bidId, before, after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateError("label", DUPLICATE_LABEL_MESSAGE);
    throw error;
  }
}
