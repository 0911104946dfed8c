import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { HealthcareFunction } from "@/lib/generated/prisma/enums";
import { actorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { NotFoundError } from "@/lib/server/domain-errors";
import type { MatrixOverrideInput } from "@/lib/schemas/matrix-override";

/**
 * Sets (adds or replaces) the organisation's override of one function's row of the decision
 * matrix, with its reason. Existing evaluations see it at once (fit is judged against the
 * matrix as it stands; a decided evaluation keeps its own snapshot). Audited with before and after.
 */
export async function setMatrixOverride(db: Db, auth: AuthContext, input: MatrixOverrideInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.matrixOverride.findUnique({ where: { organizationId_function: { organizationId: auth.organizationId, function: input.function } } });
    const { function: fn, ...fields } = input;
    const after = await tx.matrixOverride.upsert({
      where: { organizationId_function: { organizationId: auth.organizationId, function: fn } },
      create: { organizationId: auth.organizationId, function: fn, ...fields, createdById: auth.userId },
      update: { ...fields, createdById: auth.userId, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: before ? "update-matrix-override" : "create-matrix-override",
      entityType: "MatrixOverride",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}

/** Removes the override of one function: the matrix is MODEL.md's again for it. Audited. */
export async function removeMatrixOverride(db: Db, auth: AuthContext, fn: HealthcareFunction): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.matrixOverride.findUnique({ where: { organizationId_function: { organizationId: auth.organizationId, function: fn } } });
    if (!before) throw new NotFoundError("Override");
    await tx.matrixOverride.delete({ where: { id: before.id } });
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: "remove-matrix-override",
      entityType: "MatrixOverride",
      entityId: before.id,
      before,
    });
  });
}
