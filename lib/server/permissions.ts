import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";

/** Every action a user can take, as `action:entity`. The UI hides, the server refuses. */
export type Permission =
  | "read:all"
  | "read:audit"
  | "edit:vendor"
  | "import:vendor"
  | "edit:evaluation"
  | "edit:bid"
  | "record:decision"
  | "review:decision"
  | "edit:settings"
  | "manage:users"
  | "manage:tokens";

const grants: Record<Role, readonly Permission[]> = {
  ADMIN: ["read:all", "read:audit", "edit:settings", "manage:users", "manage:tokens", "edit:vendor", "import:vendor", "edit:evaluation", "edit:bid", "record:decision"],
  ANALYST: ["read:all", "edit:vendor", "import:vendor"],
  PROCUREMENT: ["read:all", "edit:evaluation", "edit:bid", "record:decision"],
  EXECUTIVE: ["read:all", "read:audit", "review:decision"],
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}
