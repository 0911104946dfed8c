import "server-only";
import { getDb } from "@/lib/server/db/client";
import { verifyPassword } from "@/lib/server/auth/password";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo/demo-users";

// Verifying a password costs ~60 ms of argon2 work; the sign-in page is open to anyone, so
// remember the answer for the hash it was computed from (a password change changes the hash).
let lastCheck: { passwordHash: string; isDemoPassword: boolean } | undefined;

async function hasDemoPassword(passwordHash: string): Promise<boolean> {
  if (lastCheck?.passwordHash !== passwordHash) {
    lastCheck = { passwordHash, isDemoPassword: await verifyPassword(passwordHash, DEMO_PASSWORD) };
  }
  return lastCheck.isDemoPassword;
}

/**
 * The demo accounts to show on the sign-in page, or null once demo data is no longer in use:
 * the demo admin is gone or no longer has the published password.
 */
export async function getDemoAccounts(): Promise<{ accounts: { email: string; role: string }[]; password: string } | null> {
  const db = await getDb();
  const medcentralUsers = DEMO_USERS.filter((user) => user.organizationSlug === "medcentral");
  const probe = medcentralUsers[0];
  if (!probe) return null;
  const user = await db.user.findUnique({ where: { email: probe.email } });
  if (!user || user.deactivatedAt || !(await hasDemoPassword(user.passwordHash))) return null;
  return { accounts: medcentralUsers.map(({ email, role }) => ({ email, role })), password: DEMO_PASSWORD };
}
