import { NextResponse } from "next/server";
import { ApiError, validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { evaluationJson } from "@/lib/server/api/evaluation-json";
import { getDb } from "@/lib/server/db/client";
import { updateEvaluation } from "@/lib/server/mutations/update-evaluation";
import { findEvaluationRecord } from "@/lib/server/queries/evaluation-records";
import { EvaluationUpdateSchema } from "@/lib/schemas/evaluation";

type Params = { id: string };

export const GET = apiRoute<Params>({ permission: "read:all" }, async ({ auth, params }) => {
  const record = await findEvaluationRecord(await getDb(), auth.organizationId, params.id);
  if (!record) throw new ApiError(404, "not_found", "Evaluation not found.");
  return NextResponse.json(evaluationJson(record));
});

/** PATCH with the version you read: 409 when someone saved in between, 422 once a decision is recorded. */
export const PATCH = apiRoute<Params>({ permission: "edit:evaluation" }, async ({ request, auth, params }) => {
  const parsed = EvaluationUpdateSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const db = await getDb();
  await updateEvaluation(db, auth, params.id, parsed.data);
  return NextResponse.json(evaluationJson((await findEvaluationRecord(db, auth.organizationId, params.id))!));
});
