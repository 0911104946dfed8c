"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/actions/form-action";
import { addComplianceEvidence } from "@/lib/server/mutations/add-compliance-evidence";
import { removeComplianceEvidence } from "@/lib/server/mutations/remove-compliance-evidence";
import { updateComplianceEvidence } from "@/lib/server/mutations/update-compliance-evidence";
import { ComplianceEvidenceInputSchema, ComplianceEvidenceUpdateSchema } from "@/lib/schemas/compliance-evidence";
import { RecordVersionSchema } from "@/lib/schemas/record-version";

function backToVendor(vendorId: string): never {
  revalidatePath("/vendors");
  revalidatePath(`/vendors/${vendorId}`);
  redirect(`/vendors/${vendorId}#compliance-evidence`);
}

export const addComplianceEvidenceAction = formAction({ permission: "edit:vendor", schema: ComplianceEvidenceInputSchema }, async ({ value, auth, db }, vendorId: string) => {
  await addComplianceEvidence(db, auth, vendorId, value);
  backToVendor(vendorId);
});

export const updateComplianceEvidenceAction = formAction({ permission: "edit:vendor", schema: ComplianceEvidenceUpdateSchema }, async ({ value, auth, db }, evidenceId: string) => {
  backToVendor((await updateComplianceEvidence(db, auth, evidenceId, value)).vendorId);
});

export const removeComplianceEvidenceAction = formAction({ permission: "edit:vendor", schema: RecordVersionSchema }, async ({ value, auth, db }, evidenceId: string) => {
  backToVendor(await removeComplianceEvidence(db, auth, evidenceId, value.version));
});
