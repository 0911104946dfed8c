import "server-only";
import { cache } from "react";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db/client";
import { containsText } from "@/lib/server/queries/text-search";
import { STATUS_OF_FILTER, type EvaluationListQuery, type EvaluationStatusFilter } from "@/lib/schemas/evaluation-list-query";

export const EVALUATION_PAGE_SIZE = 25;

/** The list's filter (page and API alike): the organisation's evaluations matching the search and status. */
export function evaluationListWhere(organizationId: string, query: Pick<EvaluationListQuery, "q" | "status">): Prisma.EvaluationWhereInput {
  return {
    organizationId,
    ...(query.q ? { name: containsText(query.q) } : {}),
    ...(query.status ? { status: STATUS_OF_FILTER[query.status] } : {}),
  };
}

/** The sort's direction: newest first by date, A–Z by name, unless the URL says otherwise. */
export function listDirection(query: Pick<EvaluationListQuery, "sort" | "dir">): "asc" | "desc" {
  return query.dir ?? (query.sort === "updated" ? "desc" : "asc");
}

/** One page of the organisation's evaluations (page, and the API alike), with the total that matches. */
export const listEvaluationPage = cache(async (organizationId: string, query: EvaluationListQuery) => {
  const db = await getDb();
  const where = evaluationListWhere(organizationId, query);
  const dir = listDirection(query);
  const orderBy: Prisma.EvaluationOrderByWithRelationInput[] = query.sort === "name" ? [{ name: dir }, { id: dir }] : [{ updatedAt: dir }, { id: dir }];
  const [total, rows] = await Promise.all([
    db.evaluation.count({ where }),
    db.evaluation.findMany({
      where,
      orderBy,
      skip: (query.page - 1) * EVALUATION_PAGE_SIZE,
      take: EVALUATION_PAGE_SIZE,
      include: { _count: { select: { bids: true, functions: true } } },
    }),
  ]);
  return { total, rows };
});

/** How many of the organisation's evaluations match the search in each status filter (the filter's counts). */
export const countEvaluationsByStatus = cache(async (organizationId: string, q: string | undefined): Promise<Record<EvaluationStatusFilter | "all", number>> => {
  const db = await getDb();
  const groups = await db.evaluation.groupBy({ by: ["status"], where: evaluationListWhere(organizationId, { q, status: undefined }), _count: { _all: true } });
  const countOf = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  return {
    all: groups.reduce((sum, g) => sum + g._count._all, 0),
    draft: countOf("DRAFT"),
    open: countOf("OPEN"),
    decided: countOf("DECISION_RECORDED"),
    approved: countOf("APPROVED"),
  };
});
