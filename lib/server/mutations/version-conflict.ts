import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { lastChangeOf } from "@/lib/server/audit/last-change";
import { NotFoundError, VersionConflictError } from "@/lib/server/domain-errors";

/** Audit-trail entity types of the records the registry edits, and how people call them. */
export const ENTITY_LABELS = {
  Vendor: "Vendor",
  MetricObservation: "Metric observation",
  ComplianceEvidence: "Compliance evidence",
  StaffCertifications: "Staff certification record",
} as const;
export type EntityType = keyof typeof ENTITY_LABELS;

/** The conflict error for a record saved by someone else since the caller loaded it, naming who and when (from the audit trail). */
export async function versionConflict(
  tx: Prisma.TransactionClient,
  auth: AuthContext,
  entityType: EntityType,
  record: { id: string; version: number; updatedAt: Date },
): Promise<VersionConflictError> {
  const lastChange = await lastChangeOf(tx, auth.organizationId, entityType, record.id, record.updatedAt);
  return new VersionConflictError(ENTITY_LABELS[entityType], record.version, lastChange);
}

/** Throws NotFoundError unless the vendor is the caller's organisation's. */
export async function requireVendor(tx: Prisma.TransactionClient, auth: AuthContext, vendorId: string): Promise<void> {
  const vendor = await tx.vendor.findFirst({ where: { id: vendorId, organizationId: auth.organizationId }, select: { id: true } });
  if (!vendor) throw new NotFoundError("Vendor");
}

/** After a guarded write changed nothing: a conflict when the record is still there, NotFoundError when it was removed meanwhile. */
export async function conflictOrGone(
  tx: Prisma.TransactionClient,
  auth: AuthContext,
  entityType: EntityType,
  current: { id: string; version: number; updatedAt: Date } | null,
): Promise<Error> {
  return current ? versionConflict(tx, auth, entityType, current) : new NotFoundError(ENTITY_LABELS[entityType]);
}
