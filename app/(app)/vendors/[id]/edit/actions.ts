"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/server/db/client";
import { isFormState, requireActionAuth } from "@/lib/server/actions/require-action-auth";
import { submittedValues, type FormState } from "@/lib/server/actions/form-state";
import { updateVendor } from "@/lib/server/mutations/update-vendor";
import { DuplicateError, NotFoundError, VersionConflictError } from "@/lib/server/domain-errors";
import { VendorUpdateSchema } from "@/lib/schemas/vendor";
import { zodFieldErrors } from "@/lib/schemas/zod-field-errors";
import { withRequestReference } from "@/lib/server/unexpected-error";
import { VENDOR_FORM_FIELD, vendorFormToInput } from "@/components/vendors/vendor-form-data";

export async function updateVendorAction(vendorId: string, previous: FormState, formData: FormData): Promise<FormState> {
  return withRequestReference(() => saveVendorForm(vendorId, previous, formData));
}

async function saveVendorForm(vendorId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireActionAuth("edit:vendor");
  if (isFormState(auth)) return auth;
  const values = submittedValues(formData);
  const parsed = VendorUpdateSchema.safeParse(vendorFormToInput(formData));
  if (!parsed.success) {
    const fields = Object.fromEntries(
      Object.entries(zodFieldErrors(parsed.error)).map(([field, message]) => [VENDOR_FORM_FIELD[field] ?? field, message]),
    );
    return { status: "error", message: "Check the highlighted fields; nothing was saved.", fields, values };
  }
  try {
    await updateVendor(await getDb(), auth, vendorId, parsed.data);
  } catch (error) {
    // The typed values stay with the version they were based on: saving again conflicts until a reload.
    if (error instanceof VersionConflictError || error instanceof NotFoundError) return { status: "error", message: error.message, values };
    if (error instanceof DuplicateError) return { status: "error", message: error.message, fields: { [error.field]: error.message }, values };
    throw error;
  }
  revalidatePath("/vendors");
  revalidatePath(`/vendors/${vendorId}`);
  redirect(`/vendors/${vendorId}`);
}
