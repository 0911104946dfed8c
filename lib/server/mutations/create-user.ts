import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { newOneTimePassword } from "@/lib/server/auth/one-time-password";
import { hashPassword } from "@/lib/server/auth/password";
import { actorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { DuplicateError, isUniqueViolation } from "@/lib/server/domain-errors";
import { userSnapshot } from "@/lib/server/mutations/user-snapshot";
import type { UserCreate } from "@/lib/schemas/user";

/**
 * Adds a user to the admin's organisation with a one-time password, returned once and stored
 * only as its hash; the user must choose their own at first sign-in. Audited.
 */
export async function createUser(db: Db, auth: AuthContext, input: UserCreate) {
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { organizationId: auth.organizationId, name: input.name, email: input.email, role: input.role, passwordHash, mustChangePassword: true },
      });
      await recordAuditEvent(tx, {
        organizationId: auth.organizationId,
        actor: actorOf(auth),
        action: "create-user",
        entityType: "User",
        entityId: created.id,
        after: userSnapshot(created),
      });
      return created;
    });
    return { user, oneTimePassword };
  } catch (error) {
    // Emails are unique across the app: one person, one account.
    if (isUniqueViolation(error)) throw new DuplicateError("email", "This email address already has an account.");
    throw error;
  }
}
