import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lastChangeOf } from "@/lib/server/audit/last-change";
import { actorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { VersionConflictError } from "@/lib/server/domain-errors";
import type { StoredOrganizationDefaults } from "@/lib/evaluation/organization-defaults";

const NOTHING_STORED: StoredOrganizationDefaults = { assumptions: {}, assumptionSources: {}, criterionWeights: {} };
const DEFAULT_FIELDS = { assumptions: true, assumptionSources: true, criterionWeights: true, version: true, updatedAt: true } as const;

/**
 * Replaces the organisation's defaults if they are still at the version the admin saw, with
 * the audit event (before and after) in the same transaction. New evaluations start from them;
 * existing evaluations stored their own set when created and never read these again.
 */
export async function saveOrganizationDefaults(db: Db, auth: AuthContext, version: number, defaults: StoredOrganizationDefaults, action = "update-organization-defaults") {
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: auth.organizationId }, select: DEFAULT_FIELDS });
    const { count } = await tx.organization.updateMany({
      where: { id: auth.organizationId, version },
      data: {
        assumptions: defaults.assumptions as Prisma.InputJsonValue,
        assumptionSources: defaults.assumptionSources as Prisma.InputJsonValue,
        criterionWeights: defaults.criterionWeights as Prisma.InputJsonValue,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new VersionConflictError("Organisation's defaults", before.version, await lastChangeOf(tx, auth.organizationId, "Organization", auth.organizationId, before.updatedAt));
    const after = await tx.organization.findUniqueOrThrow({ where: { id: auth.organizationId }, select: DEFAULT_FIELDS });
    const { updatedAt: _b, ...beforeFields } = before;
    const { updatedAt: _a, ...afterFields } = after;
    await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action, entityType: "Organization", entityId: auth.organizationId, before: beforeFields, after: afterFields });
    return { version: after.version };
  });
}

/** "Reset to MODEL.md defaults": nothing stored, so every default is MODEL.md's again. Audited like any change. */
export async function resetOrganizationDefaults(db: Db, auth: AuthContext, version: number) {
  return saveOrganizationDefaults(db, auth, version, NOTHING_STORED, "reset-organization-defaults");
}
