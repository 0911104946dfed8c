import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import { DuplicateError, isUniqueViolation } from "@/lib/server/domain-errors";
import type { VendorInput } from "@/lib/schemas/vendor";

/** Adds a vendor to the caller's organisation, with its audit event; DuplicateError on a taken name. */
export async function createVendor(db: Db, auth: AuthContext, input: VendorInput) {
  try {
    return await db.$transaction(async (tx) => {
      const vendor = await tx.vendor.create({ data: { ...input, organizationId: auth.organizationId } });
      await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action: "create-vendor", entityType: "Vendor", entityId: vendor.id, after: vendor });
      return vendor;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateError("name", "Another vendor already has this name.");
    throw error;
  }
}
