import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { lastChangeOf } from "@/lib/server/audit/last-change";
import { DuplicateError, isUniqueViolation, NotFoundError, VersionConflictError } from "@/lib/server/domain-errors";
import type { VendorUpdate } from "@/lib/schemas/vendor";

/**
 * Applies an edit if the row is still at the version the editor saw; writes the audit event
 * in the same transaction. Throws NotFoundError (also for another organisation's vendor)
 * or VersionConflictError.
 */
export async function updateVendor(db: Db, auth: AuthContext, vendorId: string, update: VendorUpdate) {
  const { version, ...changes } = update;
  try {
    return await applyUpdate(db, auth, vendorId, version, changes);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateError("name", "Another vendor already has this name.");
    throw error;
  }
}

async function applyUpdate(db: Db, auth: AuthContext, vendorId: string, version: number, changes: Omit<VendorUpdate, "version">) {
  return db.$transaction(async (tx) => {
    const before = await tx.vendor.findFirst({ where: { id: vendorId, organizationId: auth.organizationId } });
    if (!before) throw new NotFoundError("Vendor");
    const { count } = await tx.vendor.updateMany({
      where: { id: vendorId, organizationId: auth.organizationId, version },
      data: { ...changes, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.vendor.findUniqueOrThrow({ where: { id: vendorId } });
      throw new VersionConflictError("Vendor", current.version, await lastChangeOf(tx, auth.organizationId, "Vendor", vendorId, current.updatedAt));
    }
    const after = await tx.vendor.findUniqueOrThrow({ where: { id: vendorId } });
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: { userId: auth.userId, email: auth.email },
      action: "update-vendor",
      entityType: "Vendor",
      entityId: vendorId,
      before,
      after,
    });
    return after;
  });
}
