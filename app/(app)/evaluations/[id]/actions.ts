"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { commandAction } from "@/lib/server/actions/command-action";
import { duplicateEvaluation } from "@/lib/server/mutations/duplicate-evaluation";
import { updateEvaluationWeights } from "@/lib/server/mutations/update-evaluation-weights";
import { EvaluationWeightsInputSchema } from "@/lib/schemas/evaluation-weights";

/** Saves the weight editor's weights (Procurement and Admin); a stale version is refused, never overwritten. */
export const saveEvaluationWeights = commandAction({ schema: EvaluationWeightsInputSchema, permission: "edit:evaluation" }, async ({ value, db, auth }, evaluationId: string) => {
  const saved = await updateEvaluationWeights(db, auth, evaluationId, value);
  revalidatePath(`/evaluations/${evaluationId}`);
  return saved;
});

/** Copies the evaluation as a new draft (Procurement and Admin) and opens the copy. */
export const duplicateEvaluationAction = commandAction({ schema: z.object({}).strict(), permission: "edit:evaluation" }, async ({ db, auth }, evaluationId: string) => {
  const { id } = await duplicateEvaluation(db, auth, evaluationId);
  revalidatePath("/evaluations");
  redirect(`/evaluations/${id}`);
});
