import { NextResponse } from "next/server";
import { validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { evaluationJson } from "@/lib/server/api/evaluation-json";
import { getDb } from "@/lib/server/db/client";
import { reviewDecision } from "@/lib/server/mutations/review-decision";
import { findEvaluationRecord } from "@/lib/server/queries/evaluation-records";
import { ReviewDecisionSchema } from "@/lib/schemas/evaluation-decision";

type Params = { id: string };

/** POST { outcome: "APPROVE" | "RETURN", comment, version } — the Executive approves a recorded decision or returns it to Procurement. */
export const POST = apiRoute<Params>({ permission: "review:decision" }, async ({ request, auth, params }) => {
  const parsed = ReviewDecisionSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const db = await getDb();
  await reviewDecision(db, auth, params.id, parsed.data);
  return NextResponse.json(evaluationJson((await findEvaluationRecord(db, auth.organizationId, params.id))!));
});
