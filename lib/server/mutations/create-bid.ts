import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { DuplicateError, isUniqueViolation } from "@/lib/server/domain-errors";
import { replaceBidLines, requireBiddingVendor } from "@/lib/server/mutations/bid-rows";
import { BIDDING_STATUSES, claimEvaluation } from "@/lib/server/mutations/evaluation-change";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import type { BidInput } from "@/lib/schemas/bid";

export const DUPLICATE_LABEL_MESSAGE = "Another bid in this evaluation has this label.";

/**
 * Enters a bid for a registry vendor on an open evaluation, with its lines. One transaction
 * with the audit event (which names the evaluation, for its history).
 */
export async function createBid(db: Db, auth: AuthContext, evaluationId: string, input: BidInput) {
  try {
    return await db.$transaction(async (tx) => {
      await claimEvaluation(tx, auth, { evaluationId, allowed: BIDDING_STATUSES });
      await requireBiddingVendor(tx, auth, input.vendorId);
      const { lines, ...fields } = input;
      const bid = await tx.bid.create({ data: { ...fields, evaluationId, organizationId: auth.organizationId } });
      await replaceBidLines(tx, auth, evaluationId, bid.id, lines);
      await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action: "create-bid", entityType: "Bid", entityId: bid.id, after: { ...bid, lines } });
      return bid;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateError("label", DUPLICATE_LABEL_MESSAGE);
    throw error;
  }
}
