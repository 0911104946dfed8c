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
}

interface UserWithOrganization {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  organization: { name: string; deactivatedAt?: Date | null };
}

/** Whether this user may act at all: neither they nor their organisation is deactivated. */
export function isActiveUser(user: { deactivatedAt: Date | null; organization: { deactivatedAt: Date | null } }): boolean {
  return !user.deactivatedAt && !user.organization.deactivatedAt;
}

export function authContextOf(user: UserWithOrganization, via: AuthContext["via"], tokenId?: string): AuthContext {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organizationId: user.organizationId,
    organizationName: user.organization.name,
    via,
    ...(tokenId ? { tokenId } : {}),
  };
}
