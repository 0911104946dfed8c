"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/actions/form-action";
import { createVendor } from "@/lib/server/mutations/create-vendor";
import { VendorCreateFormSchema } from "@/lib/schemas/vendor";

export const createVendorAction = formAction({ permission: "edit:vendor", schema: VendorCreateFormSchema }, async ({ value, auth, db }) => {
  const vendor = await createVendor(db, auth, value);
  revalidatePath("/vendors");
  redirect(`/vendors/${vendor.id}`);
});
