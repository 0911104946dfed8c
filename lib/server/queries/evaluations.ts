import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/server/db/client";

/** An evaluation with its scope and bids, or null when it is not the organisation's. */
export const getEvaluationDetail = cache(async (organizationId: string, evaluationId: string) => {
  const db = await getDb();
  return db.evaluation.findFirst({
    where: { id: evaluationId, organizationId },
    include: {
      functions: { orderBy: { function: "asc" } },
      bids: {
        orderBy: { label: "asc" },
        include: {
          vendor: { select: { id: true, name: true, operatingModel: true } },
          lines: { include: { evaluationFunction: { select: { function: true } } } },
        },
      },
    },
  });
});
