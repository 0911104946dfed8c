"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/actions/form-action";
import { updateVendor } from "@/lib/server/mutations/update-vendor";
import { VendorEditFormSchema } from "@/lib/schemas/vendor";

export const updateVendorAction = formAction<typeof VendorEditFormSchema, [vendorId: string]>(
  { permission: "edit:vendor", schema: VendorEditFormSchema },
  async ({ value, auth, db }, vendorId) => {
    await updateVendor(db, auth, vendorId, value);
    revalidatePath("/vendors");
    revalidatePath(`/vendors/${vendorId}`);
    redirect(`/vendors/${vendorId}`);
  },
);
