import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import { requireVendor, versionConflict } from "@/lib/server/mutations/version-conflict";
import { CREDENTIALS } from "@/lib/scoring/certified-staff";
import type { StaffCertificationsInput } from "@/lib/schemas/staff-certifications";

/** The vendor's current counts and the census they were taken against (null census: never set as a whole). */
export async function readStaffCertifications(tx: Prisma.TransactionClient | Db, vendorId: string) {
  const [census, counts] = await Promise.all([
    tx.staffCensus.findUnique({ where: { vendorId } }),
    tx.certification.findMany({ where: { vendorId }, orderBy: { credential: "asc" } }),
  ]);
  return { census, counts };
}

/**
 * Replaces a vendor's certification counts and staff total as of a date, in one transaction,
 * if nobody changed them since the analyst loaded them (`version`, 0 for none yet).
 */
export async function setStaffCertifications(db: Db, auth: AuthContext, vendorId: string, input: StaffCertificationsInput) {
  const { version, counts, asOf, totalStaff, certifiedStaff } = input;
  return db.$transaction(async (tx) => {
    await requireVendor(tx, auth, vendorId);
    const before = await readStaffCertifications(tx, vendorId);
    const organizationId = auth.organizationId;
    if (before.census) {
      const { count } = await tx.staffCensus.updateMany({ where: { vendorId, version }, data: { asOf, totalStaff, certifiedStaff, version: { increment: 1 } } });
      if (count === 0) throw await versionConflict(tx, auth, "StaffCertifications", { ...before.census, id: vendorId });
    } else {
      // The first census: version 0 in, and a concurrent first save loses on the unique vendorId.
      if (version !== 0) throw await versionConflict(tx, auth, "StaffCertifications", { id: vendorId, version: 0, updatedAt: new Date() });
      await tx.staffCensus.create({ data: { organizationId, vendorId, asOf, totalStaff, certifiedStaff } });
    }
    await tx.certification.deleteMany({ where: { vendorId } });
    await tx.certification.createMany({ data: CREDENTIALS.map((credential) => ({ organizationId, vendorId, credential, count: counts[credential], asOf })) });
    const after = await readStaffCertifications(tx, vendorId);
    // One audit entity per vendor's counts, so the trail (and a conflict's "who") reads as one record.
    await recordAuditEvent(tx, { organizationId, actor: actorOf(auth), action: "set-staff-certifications", entityType: "StaffCertifications", entityId: vendorId, before, after });
    return after;
  });
}
