import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { findBid } from "@/lib/server/mutations/bid-rows";
import { BIDDING_STATUSES, claimEvaluation } from "@/lib/server/mutations/evaluation-change";
import { actorOf } from "@/lib/server/mutations/vendor-change";

/** The copy's label: "<label> — best and final", numbered when taken. */
export function bestAndFinalLabel(label: string, taken: ReadonlySet<string>): string {
  const base = `${label} — best and final`.slice(0, 120);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const numbered = `${base.slice(0, 110)} (${n})`;
    if (!taken.has(numbered)) return numbered;
  }
}

/**
 * Copies a bid as a draft to enter the vendor's best-and-final offer: same vendor, lines,
 * commitments and ranges, a new label. The original stays as it is (withdraw it when the
 * new offer replaces it). One transaction with the audit event.
 */
export async function duplicateBid(db: Db, auth: AuthContext, bidId: string) {
  return db.$transaction(async (tx) => {
    const source = await findBid(tx, auth, bidId);
    await claimEvaluation(tx, auth, { evaluationId: source.evaluationId, allowed: BIDDING_STATUSES });
    const taken = new Set((await tx.bid.findMany({ where: { evaluationId: source.evaluationId }, select: { label: true } })).map((b) => b.label));
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, submittedAt: _s, lines, ranges, ...fields } = source;
    const copy = await tx.bid.create({ data: { ...fields, label: bestAndFinalLabel(source.label, taken), status: "DRAFT", ranges: ranges as Prisma.InputJsonValue } });
    for (const line of lines) {
      const { id: _lid, bidId: _b, createdAt: _lc, updatedAt: _lu, version: _lv, ranges: lineRanges, ...lineFields } = line;
      await tx.bidLine.create({ data: { ...lineFields, ranges: lineRanges as Prisma.InputJsonValue, bidId: copy.id } });
    }
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: "duplicate-bid",
      entityType: "Bid",
      entityId: copy.id,
      after: { ...copy, sourceBidId: source.id, lines: lines.length },
    });
    return copy;
  });
}
