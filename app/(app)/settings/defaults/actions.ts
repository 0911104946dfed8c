"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { commandAction } from "@/lib/server/actions/command-action";
import { formAction } from "@/lib/server/actions/form-action";
import { resetOrganizationDefaults, saveOrganizationDefaults } from "@/lib/server/mutations/organization-defaults";
import { organizationDefaultsToStore } from "@/lib/evaluation/organization-defaults";
import { OrganizationDefaultsFormSchema } from "@/lib/schemas/organization-defaults";
import { RecordVersionSchema } from "@/lib/schemas/record-version";

export const saveOrganizationDefaultsAction = formAction({ permission: "edit:settings", schema: OrganizationDefaultsFormSchema }, async ({ value, auth, db }) => {
  const stored = organizationDefaultsToStore({ assumptions: { ...value.assumptions, claimHaircut: value.claimHaircut }, sources: value.sources, weights: value.weights });
  await saveOrganizationDefaults(db, auth, value.version, stored);
  revalidatePath("/settings/defaults");
  // A fresh page, so the form carries the new version for the next save.
  redirect("/settings/defaults?done=saved");
});

export const resetOrganizationDefaultsAction = commandAction({ permission: "edit:settings", schema: RecordVersionSchema }, async ({ value, auth, db }) => {
  await resetOrganizationDefaults(db, auth, value.version);
  revalidatePath("/settings/defaults");
  redirect("/settings/defaults?done=reset");
});
