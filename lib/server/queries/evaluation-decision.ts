import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/server/db/client";

/** Who did it: "Name (email)". */
function person(user: { name: string; email: string } | null | undefined): string | null {
  return user ? `${user.name} (${user.email})` : null;
}

/** An evaluation's decision and review as the pages show them, or null when it is not the organisation's. */
export const getEvaluationDecision = cache(async (organizationId: string, evaluationId: string) => {
  const db = await getDb();
  const row = await db.evaluation.findFirst({
    where: { id: evaluationId, organizationId },
    select: {
      id: true,
      name: true,
      status: true,
      version: true,
      decidedBidId: true,
      decisionRationale: true,
      decidedById: true,
      decidedAt: true,
      reviewedById: true,
      reviewedAt: true,
      reviewComment: true,
      bids: { select: { id: true, label: true, status: true, vendor: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  const userIds = [row.decidedById, row.reviewedById].filter((id): id is string => id !== null);
  const users = userIds.length ? await db.user.findMany({ where: { id: { in: userIds }, organizationId }, select: { id: true, name: true, email: true } }) : [];
  const userOf = (id: string | null) => users.find((u) => u.id === id);
  const chosen = row.bids.find((b) => b.id === row.decidedBidId);
  return {
    ...row,
    decidedBid: chosen ? { id: chosen.id, label: chosen.label, vendorName: chosen.vendor.name } : null,
    decidedBy: person(userOf(row.decidedById)),
    reviewedBy: person(userOf(row.reviewedById)),
  };
});
export type EvaluationDecision = NonNullable<Awaited<ReturnType<typeof getEvaluationDecision>>>;
