import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { lastChangeOf } from "@/lib/server/audit/last-change";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { VersionConflictError } from "@/lib/server/domain-errors";
import { findBid } from "@/lib/server/mutations/bid-rows";
import { BIDDING_STATUSES, claimEvaluation } from "@/lib/server/mutations/evaluation-change";
import { actorOf } from "@/lib/server/mutations/vendor-change";

/** Removes a bid (and its lines) from an open evaluation, at the version the caller saw; the audit event keeps what it was. */
export async function removeBid(db: Db, auth: AuthContext, bidId: string, version: number) {
  return db.$transaction(async (tx) => {
    const before = await findBid(tx, auth, bidId);
    await claimEvaluation(tx, auth, { evaluationId: before.evaluationId, allowed: BIDDING_STATUSES });
    const { count } = await tx.bid.deleteMany({ where: { id: bidId, organizationId: auth.organizationId, version } });
    if (count === 0) throw new VersionConflictError("Bid", before.version, await lastChangeOf(tx, auth.organizationId, "Bid", bidId, before.updatedAt));
    await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action: "remove-bid", entityType: "Bid", entityId: bidId, before });
    return { id: bidId, evaluationId: before.evaluationId };
  });
}
