"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/actions/form-action";
import { createEvaluation } from "@/lib/server/mutations/create-evaluation";
import { EvaluationFormSchema, evaluationInputFromForm } from "@/lib/schemas/evaluation-form";

export const createEvaluationAction = formAction({ permission: "edit:evaluation", schema: EvaluationFormSchema }, async ({ value, auth, db }) => {
  const evaluation = await createEvaluation(db, auth, evaluationInputFromForm(value));
  revalidatePath("/evaluations");
  redirect(`/evaluations/${evaluation.id}`);
});
