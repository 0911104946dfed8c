import "server-only";

/** What the audit trail keeps of a user: never the password hash. */
export function userSnapshot(user: { id: string; name: string; email: string; role: string; deactivatedAt: Date | null; mustChangePassword: boolean; version: number }) {
  return { id: user.id, name: user.name, email: user.email, role: user.role, deactivatedAt: user.deactivatedAt, mustChangePassword: user.mustChangePassword, version: user.version };
}
