import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { DuplicateError, isUniqueViolation, NotFoundError, type VersionConflictError } from "@/lib/server/domain-errors";
import { versionConflict } from "@/lib/server/mutations/version-conflict";

export type Tx = Prisma.TransactionClient;

// Defined with the audit trail; exported here too, where the mutations have always found it.
export { actorOf };

/**
 * Changes a vendor if it is still at the version the editor saw, bumps the version and writes
 * the audit event (before and after), all in one transaction. NotFoundError for another
 * organisation's vendor, VersionConflictError naming who saved in between, DuplicateError on
 * a name another vendor has.
 */
export async function changeVendor(db: Db, auth: AuthContext, change: { vendorId: string; version: number; action: string; data: Prisma.VendorUpdateManyMutationInput }) {
  const { vendorId, version, action, data } = change;
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.vendor.findFirst({ where: { id: vendorId, organizationId: auth.organizationId } });
      if (!before) throw new NotFoundError("Vendor");
      const { count } = await tx.vendor.updateMany({
        where: { id: vendorId, organizationId: auth.organizationId, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw await vendorConflict(tx, auth, vendorId);
      const after = await tx.vendor.findUniqueOrThrow({ where: { id: vendorId } });
      await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action, entityType: "Vendor", entityId: vendorId, before, after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateError("name", "Another vendor already has this name.");
    throw error;
  }
}

/** The conflict error for a vendor saved by someone else since the caller loaded it. */
export async function vendorConflict(tx: Tx, auth: AuthContext, vendorId: string): Promise<VersionConflictError> {
  return versionConflict(tx, auth, "Vendor", await tx.vendor.findUniqueOrThrow({ where: { id: vendorId } }));
}
