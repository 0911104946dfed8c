import { NextResponse } from "next/server";
import { validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { evaluationJson } from "@/lib/server/api/evaluation-json";
import { getDb } from "@/lib/server/db/client";
import { recordDecision } from "@/lib/server/mutations/record-decision";
import { findEvaluationRecord } from "@/lib/server/queries/evaluation-records";
import { RecordDecisionSchema } from "@/lib/schemas/evaluation-decision";

type Params = { id: string };

/** POST { bidId, rationale, version } — records the decision on an open evaluation (Procurement, Admin) and freezes its inputs. */
export const POST = apiRoute<Params>({ permission: "record:decision" }, async ({ request, auth, params }) => {
  const parsed = RecordDecisionSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const db = await getDb();
  await recordDecision(db, auth, params.id, parsed.data);
  return NextResponse.json(evaluationJson((await findEvaluationRecord(db, auth.organizationId, params.id))!));
});
