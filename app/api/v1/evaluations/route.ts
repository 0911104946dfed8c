import { NextResponse } from "next/server";
import { validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { evaluationJson, evaluationSummaryJson } from "@/lib/server/api/evaluation-json";
import { getDb } from "@/lib/server/db/client";
import { createEvaluation } from "@/lib/server/mutations/create-evaluation";
import { EVALUATION_PAGE_SIZE, listEvaluationPage } from "@/lib/server/queries/evaluation-list";
import { findEvaluationRecord } from "@/lib/server/queries/evaluation-records";
import { EvaluationInputSchema } from "@/lib/schemas/evaluation";
import { EvaluationListApiQuerySchema, firstSearchValues } from "@/lib/schemas/evaluation-list-query";

/** GET /api/v1/evaluations?q=&status=draft|open|decided|approved&sort=updated|name&dir=&page= — the caller's organisation only. */
export const GET = apiRoute({ permission: "read:all" }, async ({ request, auth }) => {
  const parsed = EvaluationListApiQuerySchema.safeParse(firstSearchValues(Object.fromEntries(request.nextUrl.searchParams)));
  if (!parsed.success) throw validationError(parsed.error, "A query parameter is invalid.");
  const { total, rows } = await listEvaluationPage(auth.organizationId, parsed.data);
  const data = rows.map(({ _count, ...row }) => ({ ...evaluationSummaryJson(row), functionCount: _count.functions, bidCount: _count.bids }));
  return NextResponse.json({ data, page: parsed.data.page, pageSize: EVALUATION_PAGE_SIZE, total });
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
