import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { changeVendor } from "@/lib/server/mutations/vendor-change";
import type { VendorUpdate } from "@/lib/schemas/vendor";

/**
 * Applies an edit if the row is still at the version the editor saw; writes the audit event
 * in the same transaction. Throws NotFoundError (also for another organisation's vendor),
 * VersionConflictError or DuplicateError (name).
 */
export async function updateVendor(db: Db, auth: AuthContext, vendorId: string, update: VendorUpdate) {
  const { version, ...data } = update;
  return changeVendor(db, auth, { vendorId, version, action: "update-vendor", data });
}
