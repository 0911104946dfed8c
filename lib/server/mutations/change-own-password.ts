import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { isCommonPassword } from "@/lib/server/auth/common-passwords";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { actorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { NotFoundError, RuleViolationError } from "@/lib/server/domain-errors";
import type { PasswordChange } from "@/lib/schemas/password";

/**
 * A user replaces their own password: the current one must match, the new one must not be on
 * the common-password list. Every other session of the user ends (a password change is what
 * people do when they fear someone else is signed in); the one making the change stays.
 * Audited without any secret.
 */
export async function changeOwnPassword(db: Db, auth: AuthContext, input: PasswordChange): Promise<void> {
  if (isCommonPassword(input.newPassword)) throw new RuleViolationError("This password is on a list of common passwords that attackers try first; choose another.", "newPassword");
  const user = await db.user.findFirst({ where: { id: auth.userId, organizationId: auth.organizationId, deactivatedAt: null } });
  if (!user) throw new NotFoundError("User");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new RuleViolationError("That is not your current password.", "currentPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, version: { increment: 1 } } });
    const ended = await tx.session.deleteMany({ where: { userId: user.id, ...(auth.sessionId ? { id: { not: auth.sessionId } } : {}) } });
    await recordAuditEvent(tx, {
      organizationId: auth.organizationId,
      actor: actorOf(auth),
      action: "change-password",
      entityType: "User",
      entityId: user.id,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false, otherSessionsEnded: ended.count },
    });
  });
}
