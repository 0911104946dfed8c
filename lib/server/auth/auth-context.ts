import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";

/** Who is asking, resolved once per request from a session cookie or a bearer token. */
export interface AuthContext {
  userId: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  organizationName: string;
  via: "session" | "token";
  /** The API token this request came with (via "token"), for the audit trail. */
  tokenId?: string;
  /** The session this request came with (via "session"): "this device", and the one a password change keeps. */
  sessionId?: string;
  /** A one-time password is still in use: pages send the user to choose their own first (absent = no). */
  mustChangePassword?: boolean;
}

interface UserWithOrganization {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  mustChangePassword?: boolean;
  organization: { name: string; deactivatedAt?: Date | null };
}

/** Whether this user may act at all: neither they nor their organisation is deactivated. */
export function isActiveUser(user: { deactivatedAt: Date | null; organization: { deactivatedAt: Date | null } }): boolean {
  return !user.deactivatedAt && !user.organization.deactivatedAt;
}

/**
 * The caller, from the user behind a session or token (`credentialId` is the session's or the
 * token's id). A token may act with a narrower role than its user's.
 */
export function authContextOf(user: UserWithOrganization, via: AuthContext["via"], credentialId?: string, role: Role = user.role): AuthContext {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role,
    organizationId: user.organizationId,
    organizationName: user.organization.name,
    via,
    ...(credentialId ? (via === "token" ? { tokenId: credentialId } : { sessionId: credentialId }) : {}),
    mustChangePassword: user.mustChangePassword ?? false,
  };
}
