import { NextResponse } from "next/server";
import { validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { evaluationJson } from "@/lib/server/api/evaluation-json";
import { getDb } from "@/lib/server/db/client";
import { reopenEvaluation } from "@/lib/server/mutations/reopen-evaluation";
import { findEvaluationRecord } from "@/lib/server/queries/evaluation-records";
import { ReopenEvaluationSchema } from "@/lib/schemas/evaluation-decision";

type Params = { id: string };

/** POST { comment, version } — reopens a decided or approved evaluation (Procurement, Admin); the decision and approval are cleared and recorded. */
export const POST = apiRoute<Params>({ permission: "record:decision" }, async ({ request, auth, params }) => {
  const parsed = ReopenEvaluationSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const db = await getDb();
  await reopenEvaluation(db, auth, params.id, parsed.data);
  return NextResponse.json(evaluationJson((await findEvaluationRecord(db, auth.organizationId, params.id))!));
});
