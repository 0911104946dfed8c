import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { changeVendor } from "@/lib/server/mutations/vendor-change";

/** Brings an archived vendor back to the list. */
export async function restoreVendor(db: Db, auth: AuthContext, vendorId: string, version: number) {
  return changeVendor(db, auth, { vendorId, version, action: "restore-vendor", data: { archivedAt: null } });
}
