import { NextResponse } from "next/server";
import { validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { evaluationJson, evaluationSummaryJson } from "@/lib/server/api/evaluation-json";
import { decodeCursor, keysetOrderBy, keysetPage, keysetWhere, type SortKey } from "@/lib/server/api/keyset";
import { getDb } from "@/lib/server/db/client";
import { createEvaluation } from "@/lib/server/mutations/create-evaluation";
import { evaluationListWhere, listDirection } from "@/lib/server/queries/evaluation-list";
import { findEvaluationRecord } from "@/lib/server/queries/evaluation-records";
import type { Evaluation } from "@/lib/generated/prisma/client";
import { EvaluationInputSchema } from "@/lib/schemas/evaluation";
import { EvaluationListApiQuerySchema, firstSearchValues } from "@/lib/schemas/evaluation-list-query";

/** GET /api/v1/evaluations?q=&status=draft|open|decided|approved&sort=updated|name&dir=&limit=&cursor= — the caller's organisation only, in keyset pages. */
export const GET = apiRoute({ permission: "read:all" }, async ({ request, auth }) => {
  const parsed = EvaluationListApiQuerySchema.safeParse(firstSearchValues(Object.fromEntries(request.nextUrl.searchParams)));
  if (!parsed.success) throw validationError(parsed.error, "A query parameter is invalid.");
  const query = parsed.data;
  const dir = listDirection(query);
  const keys: SortKey<Evaluation>[] = [
    query.sort === "name" ? { field: "name", dir, valueOf: (row) => row.name } : { field: "updatedAt", dir, valueOf: (row) => row.updatedAt, date: true },
    { field: "id", dir, valueOf: (row) => row.id },
  ];
  const sortName = `${query.sort}:${dir}`;
  const where = evaluationListWhere(auth.organizationId, query);
  const rows = await (await getDb()).evaluation.findMany({
    where: query.cursor ? { AND: [where, keysetWhere(keys, decodeCursor(query.cursor, sortName, keys))] } : where,
    orderBy: keysetOrderBy(keys),
    take: query.limit + 1,
    include: { _count: { select: { bids: true, functions: true } } },
  });
  return NextResponse.json(keysetPage(rows, query.limit, sortName, keys, ({ _count, ...row }) => ({ ...evaluationSummaryJson(row), functionCount: _count.functions, bidCount: _count.bids })));
});

/** POST /api/v1/evaluations — a new draft evaluation (Procurement, Admin). */
export const POST = apiRoute({ permission: "edit:evaluation" }, async ({ request, auth }) => {
  const parsed = EvaluationInputSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const db = await getDb();
  const created = await createEvaluation(db, auth, parsed.data);
  const record = await findEvaluationRecord(db, auth.organizationId, created.id);
  return NextResponse.json(evaluationJson(record!), { status: 201, headers: { location: `/api/v1/evaluations/${created.id}` } });
});
