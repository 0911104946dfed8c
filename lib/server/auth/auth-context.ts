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
}

interface UserWithOrganization {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  organization: { name: string };
}

export function authContextOf(user: UserWithOrganization, via: AuthContext["via"]): AuthContext {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organizationId: user.organizationId,
    organizationName: user.organization.name,
    via,
  };
}
