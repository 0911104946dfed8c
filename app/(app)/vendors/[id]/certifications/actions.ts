"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/actions/form-action";
import { setStaffCertifications } from "@/lib/server/mutations/set-staff-certifications";
import { StaffCertificationsInputSchema } from "@/lib/schemas/staff-certifications";

export const setStaffCertificationsAction = formAction({ permission: "edit:vendor", schema: StaffCertificationsInputSchema }, async ({ value, auth, db }, vendorId: string) => {
  await setStaffCertifications(db, auth, vendorId, value);
  revalidatePath(`/vendors/${vendorId}`);
  redirect(`/vendors/${vendorId}#staff-certifications`);
});
