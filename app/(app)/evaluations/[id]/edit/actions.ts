"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/actions/form-action";
import { updateEvaluation } from "@/lib/server/mutations/update-evaluation";
import { EvaluationFormSchema, evaluationInputFromForm } from "@/lib/schemas/evaluation-form";

export const updateEvaluationAction = formAction<typeof EvaluationFormSchema, [evaluationId: string]>(
  { permission: "edit:evaluation", schema: EvaluationFormSchema },
  async ({ value, auth, db }, evaluationId) => {
    await updateEvaluation(db, auth, evaluationId, { ...evaluationInputFromForm(value), version: value.version ?? 0 });
    revalidatePath("/evaluations");
    revalidatePath(`/evaluations/${evaluationId}`);
    redirect(`/evaluations/${evaluationId}`);
  },
);
