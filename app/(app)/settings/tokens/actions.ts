"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { commandAction } from "@/lib/server/actions/command-action";
import { formAction } from "@/lib/server/actions/form-action";
import { createApiToken, revokeApiToken } from "@/lib/server/mutations/api-tokens";
import { ApiTokenCreateSchema } from "@/lib/schemas/api-token";
import { formatDate } from "@/lib/format";

/** Creates a named token; the notice carries its value, shown this once. */
export const createApiTokenAction = formAction({ permission: "manage:tokens", schema: ApiTokenCreateSchema }, async ({ value, auth, db }) => {
  const created = await createApiToken(db, auth, value);
  revalidatePath("/settings/tokens");
  return { resetForm: true, notice: `Token "${created.name}" until ${formatDate(created.expiresAt)}: ${created.token} — copy it now, it is shown only once.` };
});

export const revokeApiTokenAction = commandAction({ permission: "manage:tokens", schema: z.object({}).strict() }, async ({ auth, db }, tokenId: string) => {
  await revokeApiToken(db, auth, tokenId);
  revalidatePath("/settings/tokens");
});
