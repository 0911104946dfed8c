import "server-only";
import type { Db } from "@/lib/server/db/client";

/** An evaluation with its scope (API shape source), or null when it is not the organisation's. */
export function findEvaluationRecord(db: Db, organizationId: string, evaluationId: string) {
  return db.evaluation.findFirst({ where: { id: evaluationId, organizationId }, include: { functions: { orderBy: { function: "asc" } } } });
}

const bidInclude = { lines: { include: { evaluationFunction: { select: { function: true } } }, orderBy: { id: "asc" as const } } };

/** A bid with its lines and their function codes, or null when it is not the organisation's. */
export function findBidRecord(db: Db, organizationId: string, bidId: string) {
  return db.bid.findFirst({ where: { id: bidId, organizationId }, include: bidInclude });
}

/** An evaluation's bids with their lines, in the order they were entered. */
export function listBidRecords(db: Db, organizationId: string, evaluationId: string) {
  return db.bid.findMany({ where: { evaluationId, organizationId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: bidInclude });
}
