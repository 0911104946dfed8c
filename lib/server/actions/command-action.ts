import "server-only";
import type { z } from "zod";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { getCurrentAuth } from "@/lib/server/auth/current-auth";
import { getDb, type Db } from "@/lib/server/db/client";
import { describeDomainError } from "@/lib/server/domain-errors";
import { can, type Permission } from "@/lib/server/permissions";
import { withRequestReference } from "@/lib/server/unexpected-error";

/** What a command action answers: its value, or why nothing happened (and whether a reload helps). */
export type CommandResult<T> = { ok: true; value: T } | { ok: false; message: string; reload?: boolean };

type Handler<S extends z.ZodType, T, Args extends string[]> = (input: { value: z.output<S>; db: Db; auth: AuthContext }, ...args: Args) => Promise<T>;

/**
 * formAction's sibling for server actions that a control calls with a plain object rather than
 * a form (the weight editor's save, one-click buttons): session → role → organisation, the
 * input parsed with the shared schema, domain errors answered as messages (a version conflict
 * offers a reload). Bound ids arrive as strings from the browser and are looked up within the
 * caller's organisation by the mutation.
 */
export function commandAction<S extends z.ZodType, T, Args extends string[] = []>(
  config: { schema: S; permission: Permission },
  handler: Handler<S, T, Args>,
): (...args: [...Args, unknown]) => Promise<CommandResult<T>> {
  return (...all) =>
    withRequestReference(async () => {
      const input = all[all.length - 1];
      const args = all.slice(0, -1) as Args;
      const auth = await getCurrentAuth();
      if (!auth) return { ok: false, message: "Your session has ended. Sign in again; nothing was saved." };
      if (!can(auth.role, config.permission)) return { ok: false, message: "Your role does not allow this change; nothing was saved." };
      if (args.some((arg) => typeof arg !== "string" || arg.length > 100)) return { ok: false, message: "That record was not found." };
      const parsed = config.schema.safeParse(input);
      if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "The input is invalid; nothing was saved." };
      try {
        return { ok: true, value: await handler({ value: parsed.data, db: await getDb(), auth }, ...args) };
      } catch (error) {
        const known = describeDomainError(error);
        if (!known) throw error; // redirect() and notFound() travel as errors too
        return { ok: false, message: known.message, ...(known.reload ? { reload: true } : {}) };
      }
    });
}
