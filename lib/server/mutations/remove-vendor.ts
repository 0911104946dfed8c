import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { actorOf, vendorConflict } from "@/lib/server/mutations/vendor-change";
import { NotFoundError } from "@/lib/server/domain-errors";

export type RemoveOutcome = "deleted" | "archived";

/**
 * Deletes a vendor no bid references, with its observations, evidence and certification
 * counts. A vendor a bid references is archived instead, never deleted: the evaluation must
 * keep showing who bid. `version` (when given) must still be current.
 */
export async function removeVendor(db: Db, auth: AuthContext, vendorId: string, version?: number): Promise<RemoveOutcome> {
  return db.$transaction(async (tx) => {
    const before = await tx.vendor.findFirst({ where: { id: vendorId, organizationId: auth.organizationId }, include: { _count: { select: { bids: true } } } });
    if (!before) throw new NotFoundError("Vendor");
    if (version !== undefined && before.version !== version) throw await vendorConflict(tx, auth, vendorId);
    const { _count, ...vendor } = before;
    const event = { organizationId: auth.organizationId, actor: actorOf(auth), entityType: "Vendor", entityId: vendorId, before: vendor };
    if (_count.bids > 0) {
      const { count } = await tx.vendor.updateMany({ where: { id: vendorId, version: before.version }, data: { archivedAt: vendor.archivedAt ?? new Date(), version: { increment: 1 } } });
      if (count === 0) throw await vendorConflict(tx, auth, vendorId);
      await recordAuditEvent(tx, { ...event, action: "archive-vendor", after: await tx.vendor.findUniqueOrThrow({ where: { id: vendorId } }) });
      return "archived";
    }
    const { count } = await tx.vendor.deleteMany({ where: { id: vendorId, version: before.version } });
    if (count === 0) throw await vendorConflict(tx, auth, vendorId);
    await recordAuditEvent(tx, { ...event, action: "delete-vendor" });
    return "deleted";
  });
}
