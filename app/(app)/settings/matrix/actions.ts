"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { commandAction } from "@/lib/server/actions/command-action";
import { formAction } from "@/lib/server/actions/form-action";
import { removeMatrixOverride, setMatrixOverride } from "@/lib/server/mutations/matrix-overrides";
import { HEALTHCARE_FUNCTIONS } from "@/lib/scoring/healthcare-function";
import { MatrixOverrideFormSchema } from "@/lib/schemas/matrix-override";

function revalidateMatrixViews() {
  revalidatePath("/settings/matrix");
  revalidatePath("/methodology");
  revalidatePath("/evaluations", "layout");
}

export const setMatrixOverrideAction = formAction({ permission: "edit:settings", schema: MatrixOverrideFormSchema }, async ({ value, auth, db }) => {
  await setMatrixOverride(db, auth, value);
  revalidateMatrixViews();
  return { notice: "Override saved: the matrix, the methodology and every evaluation's fit now use it." };
});

export const removeMatrixOverrideAction = commandAction({ permission: "edit:settings", schema: z.object({ function: z.enum(HEALTHCARE_FUNCTIONS) }).strict() }, async ({ value, auth, db }) => {
  await removeMatrixOverride(db, auth, value.function);
  revalidateMatrixViews();
});
