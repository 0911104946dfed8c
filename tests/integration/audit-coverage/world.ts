// The world the audit-coverage scenarios act in: one organisation with a user, a browser
// session and an API token per role, and a second organisation. Scenarios make the rows
// their call needs with the row builders, fresh each time they are prepared.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { createSession } from "@/lib/server/auth/sessions";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";

export const ROLES = ["ADMIN", "ANALYST", "PROCUREMENT", "EXECUTIVE"] as const satisfies readonly Role[];

export interface Actor {
  id: string;
  email: string;
  /** Session cookie token (server actions). */
  session: string;
  /** Bearer token and its row id (route handlers). */
  token: string;
  tokenId: string;
}

export interface World {
  db: PrismaClient;
  organizationId: string;
  otherOrganizationId: string;
  users: Record<Role, Actor>;
}

export async function createWorld(db: PrismaClient): Promise<World> {
  const organizationId = (await createOrganization(db)).id;
  const otherOrganizationId = (await createOrganization(db)).id;
  const users = {} as Record<Role, Actor>;
  for (const role of ROLES) {
    const user = await createUser(db, { organizationId, role });
    const { id: tokenId, token } = await issueApiToken(db, user, "audit coverage");
    users[role] = { id: user.id, email: user.email, session: (await createSession(db, user.id, null)).token, token, tokenId };
  }
  return { db, organizationId, otherOrganizationId, users };
}

/** A prepared call: `credential` is the caller's bearer token (route handlers); server actions use the session the harness set. */
export interface PreparedCall {
  call: (credential: string) => Promise<unknown>;
  /** The user the event must name, when it is not the caller (sign-in). */
  actorId?: string;
}

/** An entry point that must leave exactly one audit event, written in the change's transaction. */
export interface AuditedScenario {
  /** A role of the world's organisation, or "public" for entry points used signed out. */
  caller: Role | "public";
  event: { action: string; entityType: string };
  /** Makes the rows the call needs (fresh on every call) and returns the call. */
  prepare: (world: World) => Promise<PreparedCall>;
}

/** An entry point that changes nothing: checked by running it. */
export interface WritesNothingScenario {
  caller: Role;
  writesNothing: string;
  prepare: (world: World) => Promise<PreparedCall>;
}

/** An entry point that writes outside the audit trail, and why that is right. */
export interface NotAuditedScenario {
  notAudited: string;
}

export type Scenario = AuditedScenario | WritesNothingScenario | NotAuditedScenario;
