"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/server/db/client";
import { isFormState, requireActionAuth } from "@/lib/server/actions/require-action-auth";
import { duplicateEvaluation } from "@/lib/server/mutations/duplicate-evaluation";
import { updateEvaluationWeights } from "@/lib/server/mutations/update-evaluation-weights";
import { NotFoundError, RuleViolationError, VersionConflictError } from "@/lib/server/domain-errors";
import { EvaluationWeightsInputSchema } from "@/lib/schemas/evaluation-weights";

export type SaveWeightsResult = { status: "saved"; version: number } | { status: "error"; message: string; conflict?: boolean };

/** Saves the weight editor's weights (Procurement and Admin); a stale version is refused, never overwritten. */
export async function saveEvaluationWeights(evaluationId: string, input: unknown): Promise<SaveWeightsResult> {
  const auth = await requireActionAuth("edit:evaluation");
  if (isFormState(auth)) return { status: "error", message: auth.message ?? "You cannot save weights." };
  const parsed = EvaluationWeightsInputSchema.safeParse(input);
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "The weights are invalid." };
  try {
    const { version } = await updateEvaluationWeights(await getDb(), auth, evaluationId, parsed.data);
    revalidatePath(`/evaluations/${evaluationId}`);
    return { status: "saved", version };
  } catch (error) {
    if (error instanceof VersionConflictError) return { status: "error", message: error.message, conflict: true };
    if (error instanceof NotFoundError || error instanceof RuleViolationError) return { status: "error", message: error.message };
    throw error;
  }
}

/** Copies the evaluation as a new draft (Procurement and Admin) and opens the copy. */
export async function duplicateEvaluationAction(evaluationId: string): Promise<{ status: "error"; message: string }> {
  const auth = await requireActionAuth("edit:evaluation");
  if (isFormState(auth)) return { status: "error", message: auth.message ?? "You cannot duplicate evaluations." };
  let copyId: string;
  try {
    copyId = (await duplicateEvaluation(await getDb(), auth, evaluationId)).id;
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: error.message };
    throw error;
  }
  revalidatePath("/evaluations");
  redirect(`/evaluations/${copyId}`);
}
