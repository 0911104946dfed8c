import { NextResponse } from "next/server";
import { validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { evaluationJson } from "@/lib/server/api/evaluation-json";
import { getDb } from "@/lib/server/db/client";
import { openEvaluation } from "@/lib/server/mutations/open-evaluation";
import { findEvaluationRecord } from "@/lib/server/queries/evaluation-records";
import { RecordVersionSchema } from "@/lib/schemas/record-version";

type Params = { id: string };

/** POST { version } — opens a draft evaluation for bids (Procurement, Admin). */
export const POST = apiRoute<Params>({ permission: "edit:evaluation" }, async ({ request, auth, params }) => {
  const parsed = RecordVersionSchema.strict().safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const db = await getDb();
  await openEvaluation(db, auth, params.id, parsed.data.version);
  return NextResponse.json(evaluationJson((await findEvaluationRecord(db, auth.organizationId, params.id))!));
});
