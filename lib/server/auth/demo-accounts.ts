import "server-only";
import { getDb } from "@/lib/server/db/client";
import { verifyPassword } from "@/lib/server/auth/password";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo/demo-users";

/**
 * The demo accounts to show on the sign-in page, or null once demo data is no longer in use:
 * the demo admin is gone or no longer has the published password.
 */
export async function getDemoAccounts(): Promise<{ accounts: { email: string; role: string }[]; password: string } | null> {
  const db = await getDb();
  const medcentralUsers = DEMO_USERS.filter((user) => user.email.endsWith("@medcentral.example"));
  const probe = medcentralUsers[0];
  if (!probe) return null;
  const user = await db.user.findUnique({ where: { email: probe.email } });
  if (!user || user.deactivatedAt || !(await verifyPassword(user.passwordHash, DEMO_PASSWORD))) return null;
  return { accounts: medcentralUsers.map(({ email, role }) => ({ email, role })), password: DEMO_PASSWORD };
}
