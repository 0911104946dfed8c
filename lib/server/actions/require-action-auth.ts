import "server-only";
import { getCurrentAuth } from "@/lib/server/auth/current-auth";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { can, type Permission } from "@/lib/server/permissions";
import type { FormState } from "@/lib/server/actions/form-state";

/**
 * Server actions are public endpoints: each one resolves the session and checks the role
 * itself. Returns the caller, or the FormState to answer with.
 */
export async function requireActionAuth(permission: Permission): Promise<AuthContext | FormState> {
  const auth = await getCurrentAuth();
  if (!auth) return { status: "error", message: "Your session has ended. Sign in again." };
  if (!can(auth.role, permission)) return { status: "error", message: "Your role does not allow this change." };
  return auth;
}

export function isFormState(value: AuthContext | FormState): value is FormState {
  return "status" in value;
}
