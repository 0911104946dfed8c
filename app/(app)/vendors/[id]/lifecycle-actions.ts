"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/actions/form-action";
import { archiveVendor } from "@/lib/server/mutations/archive-vendor";
import { removeVendor } from "@/lib/server/mutations/remove-vendor";
import { restoreVendor } from "@/lib/server/mutations/restore-vendor";
import { RecordVersionSchema } from "@/lib/schemas/record-version";

const config = { permission: "edit:vendor", schema: RecordVersionSchema } as const;

function refresh(vendorId: string) {
  revalidatePath("/vendors");
  revalidatePath(`/vendors/${vendorId}`);
}

export const archiveVendorAction = formAction(config, async ({ value, auth, db }, vendorId: string) => {
  await archiveVendor(db, auth, vendorId, value.version);
  refresh(vendorId);
  return { notice: "Archived: the vendor is hidden from the list and from new bids. Its history stays." };
});

export const restoreVendorAction = formAction(config, async ({ value, auth, db }, vendorId: string) => {
  await restoreVendor(db, auth, vendorId, value.version);
  refresh(vendorId);
  return { notice: "Restored: the vendor is back in the list." };
});

/** Deletes a vendor without bids; one that a bid references (since the page loaded) is archived instead. */
export const removeVendorAction = formAction(config, async ({ value, auth, db }, vendorId: string) => {
  const outcome = await removeVendor(db, auth, vendorId, value.version);
  refresh(vendorId);
  if (outcome === "archived") return { notice: "A bid references this vendor, so it was archived instead of deleted." };
  redirect("/vendors");
});
