import type { Role } from "@/lib/generated/prisma/enums";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { createSession } from "@/lib/server/auth/sessions";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import type { TestDb } from "./test-db";

export type Caller = Role | "OTHER_ANALYST";
export interface RoleCallers {
  organizationId: string;
  otherOrganizationId: string;
  /** Session cookie tokens, for server actions (actAs). */
  sessions: Record<Caller, string>;
  /** Bearer tokens, for route handlers. */
  tokens: Record<Caller, string>;
}

/**
 * An organisation with one user per role (named "Pat <role>", email "<role>@own.example"),
 * and an analyst of a second organisation, each with a session and an API token.
 */
export async function createRoleCallers({ db }: TestDb): Promise<RoleCallers> {
  const organizationId = (await createOrganization(db)).id;
  const otherOrganizationId = (await createOrganization(db)).id;
  const sessions = {} as Record<Caller, string>;
  const tokens = {} as Record<Caller, string>;
  const suffix = organizationId.slice(-6);
  for (const role of ["ADMIN", "ANALYST", "PROCUREMENT", "EXECUTIVE"] as const) {
    const user = await createUser(db, { organizationId, role, name: `Pat ${role.toLowerCase()}`, email: `${role.toLowerCase()}-${suffix}@own.example` });
    sessions[role] = (await createSession(db, user.id, null)).token;
    tokens[role] = (await issueApiToken(db, user, "test")).token;
  }
  const other = await createUser(db, { organizationId: otherOrganizationId, role: "ANALYST" });
  sessions.OTHER_ANALYST = (await createSession(db, other.id, null)).token;
  tokens.OTHER_ANALYST = (await issueApiToken(db, other, "test")).token;
  return { organizationId, otherOrganizationId, sessions, tokens };
}
