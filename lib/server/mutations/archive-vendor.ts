import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { changeVendor } from "@/lib/server/mutations/vendor-change";

/** Hides a vendor from the list and from new bids; its history, evidence and bids stay. */
export async function archiveVendor(db: Db, auth: AuthContext, vendorId: string, version: number) {
  return changeVendor(db, auth, { vendorId, version, action: "archive-vendor", data: { archivedAt: new Date() } });
}
