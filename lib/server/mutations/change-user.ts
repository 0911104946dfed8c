import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Role } from "@/lib/generated/prisma/enums";
import { lastChangeOf } from "@/lib/server/audit/last-change";
import { actorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { NotFoundError, RuleViolationError, VersionConflictError } from "@/lib/server/domain-errors";
import { userSnapshot } from "@/lib/server/mutations/user-snapshot";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

type UserChange = { role: Role } | { active: boolean };

/**
 * An admin changes a user's role, or deactivates or reactivates them, from the version they saw.
 * Deactivating ends the user's sessions and revokes their tokens in the same transaction. The
 * organisation's last active admin can be neither demoted nor deactivated, and nobody
 * deactivates themselves. Audited; NotFoundError for another organisation's user.
 */
export async function changeUser(db: Db, auth: AuthContext, userId: string, version: number, change: UserChange) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: userId, organizationId: auth.organizationId } });
    if (!before) throw new NotFoundError("User");
    if ("active" in change && !change.active && userId === auth.userId) throw new RuleViolationError("You cannot deactivate your own account; ask another admin.");
    const losesAdmin = before.role === "ADMIN" && before.deactivatedAt === null && (("role" in change && change.role !== "ADMIN") || ("active" in change && !change.active));
    if (losesAdmin) await refuseLastAdmin(tx, auth.organizationId, userId);

    const now = new Date();
    const data = "role" in change ? { role: change.role } : { deactivatedAt: change.active ? null : (before.deactivatedAt ?? now) };
    const { count } = await tx.user.updateMany({ where: { id: userId, organizationId: auth.organizationId, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new VersionConflictError("User", before.version, await lastChangeOf(tx, auth.organizationId, "User", userId, before.updatedAt));
    if ("active" in change && !change.active) {
      await tx.session.deleteMany({ where: { userId } });
      await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    }
    const after = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: "role" in change ? "change-user-role" : change.active ? "reactivate-user" : "deactivate-user",
      entityType: "User",
      entityId: userId,
      before: userSnapshot(before),
      after: userSnapshot(after),
    });
    return after;
  });
}

async function refuseLastAdmin(tx: Tx, organizationId: string, userId: string): Promise<void> {
  // Lock the organisation's admins first: two admins demoting each other at once must not both succeed.
  await tx.$queryRaw`SELECT id FROM "User" WHERE "organizationId" = ${organizationId} AND role = 'ADMIN' FOR UPDATE`;
  const others = await tx.user.count({ where: { organizationId, role: "ADMIN", deactivatedAt: null, id: { not: userId } } });
  if (others === 0) throw new RuleViolationError("This is the organisation's last active admin: make someone else an admin first.", "role");
}
