"use server";

import { revalidatePath } from "next/cache";
import { commandAction } from "@/lib/server/actions/command-action";
import { formAction } from "@/lib/server/actions/form-action";
import { openEvaluation } from "@/lib/server/mutations/open-evaluation";
import { recordDecision } from "@/lib/server/mutations/record-decision";
import { reopenEvaluation } from "@/lib/server/mutations/reopen-evaluation";
import { reviewDecision } from "@/lib/server/mutations/review-decision";
import { RecordDecisionSchema, ReopenEvaluationSchema, ReviewDecisionSchema } from "@/lib/schemas/evaluation-decision";
import { RecordVersionSchema } from "@/lib/schemas/record-version";

function revalidateEvaluation(evaluationId: string) {
  revalidatePath("/evaluations");
  revalidatePath(`/evaluations/${evaluationId}`, "layout");
}

/** DRAFT → OPEN (Procurement, Admin). */
export const openEvaluationAction = commandAction({ schema: RecordVersionSchema, permission: "edit:evaluation" }, async ({ value, db, auth }, evaluationId: string) => {
  const opened = await openEvaluation(db, auth, evaluationId, value.version);
  revalidateEvaluation(evaluationId);
  return opened;
});

/** OPEN → DECISION_RECORDED with the chosen bid and the rationale (Procurement, Admin). */
export const recordDecisionAction = formAction<typeof RecordDecisionSchema, [evaluationId: string]>({ permission: "record:decision", schema: RecordDecisionSchema }, async ({ value, db, auth }, evaluationId) => {
  await recordDecision(db, auth, evaluationId, value);
  revalidateEvaluation(evaluationId);
  return { notice: "Decision recorded; the results' inputs are frozen as of now." };
});

/** The Executive approves the decision, or returns it to Procurement with a comment. */
export const reviewDecisionAction = formAction<typeof ReviewDecisionSchema, [evaluationId: string]>({ permission: "review:decision", schema: ReviewDecisionSchema }, async ({ value, db, auth }, evaluationId) => {
  await reviewDecision(db, auth, evaluationId, value);
  revalidateEvaluation(evaluationId);
  return { notice: value.outcome === "APPROVE" ? "Decision approved." : "Returned to Procurement with your comment." };
});

/** Procurement reopens a decided or approved evaluation, with the reason. */
export const reopenEvaluationAction = formAction<typeof ReopenEvaluationSchema, [evaluationId: string]>({ permission: "record:decision", schema: ReopenEvaluationSchema }, async ({ value, db, auth }, evaluationId) => {
  await reopenEvaluation(db, auth, evaluationId, value);
  revalidateEvaluation(evaluationId);
  return { notice: "Reopened: the decision and approval are cleared, and the results follow today's data again." };
});
