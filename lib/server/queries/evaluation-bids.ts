import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/server/db/client";

/** An evaluation's bids for the bids tab: vendor, status, lines' functions and pricing, newest change. */
export const listEvaluationBids = cache(async (organizationId: string, evaluationId: string) => {
  const db = await getDb();
  return db.bid.findMany({
    where: { evaluationId, organizationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      vendor: { select: { id: true, name: true, operatingModel: true, archivedAt: true } },
      lines: { include: { evaluationFunction: { select: { function: true } } }, orderBy: { id: "asc" } },
    },
  });
});
