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
