import "server-only";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import type { FormReply } from "@/lib/form-reply";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { getCurrentAuth } from "@/lib/server/auth/current-auth";
import { getDb, type Db } from "@/lib/server/db/client";
import { describeDomainError } from "@/lib/server/domain-errors";
import { can, type Permission } from "@/lib/server/permissions";
import { withRequestReference } from "@/lib/server/unexpected-error";

/** What a handler may answer besides redirecting (redirect() works as usual). */
export interface FormOutcome {
  /** Shown above the form, which stays on the page. */
  notice?: string;
  /** Clear the form after success (e.g. an "add another" form). */
  resetForm?: boolean;
  /** A refusal that is not a field's fault, e.g. wrong credentials. */
  formError?: string;
}

interface FormActionConfig<S extends z.ZodType> {
  /** The shared schema the form validates with in the browser too. */
  schema: S;
  /** Fields never echoed back to the browser (passwords). */
  hideFields?: string[];
}

type Handler<S extends z.ZodType, Context, Args extends string[]> = (
  input: { value: z.output<S>; db: Db } & Context,
  ...args: Args
) => Promise<FormOutcome | void>;

/** A server action as useActionState calls it, after any ids bound with .bind(null, id). */
export type FormServerAction<Args extends string[] = []> = (...args: [...Args, FormReply | undefined, FormData]) => Promise<FormReply>;

/**
 * The one wrapper for form server actions: session → role (`permission`) → organisation
 * (handed to the handler as `auth`), then the form parsed with the shared schema, then the
 * handler, which calls a lib/server/mutations function. Domain errors become form errors
 * (a duplicate on its field, a version conflict with a reload offer), and every answer is
 * submission.reply(), so the form keeps what the user typed.
 *
 * An unexpected error reaches the error page with the request id (withRequestReference).
 * Ids bound with .bind() come from the browser like any input: they must be strings, and the
 * mutation looks them up within the caller's organisation.
 */
export function formAction<S extends z.ZodType, Args extends string[] = []>(
  config: FormActionConfig<S> & { permission: Permission },
  handler: Handler<S, { auth: AuthContext }, Args>,
): FormServerAction<Args> {
  return runForm(config, async () => {
    const auth = await getCurrentAuth();
    if (!auth) return { refused: "Your session has ended. Sign in again; nothing was saved." };
    if (!can(auth.role, config.permission)) return { refused: "Your role does not allow this change; nothing was saved." };
    return { context: { auth } };
  }, handler);
}

/** The same for the few forms used signed out (sign-in): no session to check. */
export function publicFormAction<S extends z.ZodType, Args extends string[] = []>(
  config: FormActionConfig<S>,
  handler: Handler<S, object, Args>,
): FormServerAction<Args> {
  return runForm(config, async () => ({ context: {} }), handler);
}

function runForm<S extends z.ZodType, Context extends object, Args extends string[]>(
  config: FormActionConfig<S>,
  authorize: () => Promise<{ context: Context } | { refused: string }>,
  handler: Handler<S, Context, Args>,
): FormServerAction<Args> {
  const hideFields = config.hideFields;
  return (...all) => withRequestReference(() => submit(all));

  async function submit(all: [...Args, FormReply | undefined, FormData]): Promise<FormReply> {
    const formData = all[all.length - 1];
    const args = all.slice(0, -2) as Args;
    if (!(formData instanceof FormData)) throw new TypeError("A form action takes FormData.");
    const submission = parseWithZod(formData, { schema: config.schema });
    const refuse = (message: string, reload?: boolean): FormReply => ({ ...submission.reply({ formErrors: [message], hideFields }), ...(reload ? { reload } : {}) });

    const authorized = await authorize();
    if ("refused" in authorized) return refuse(authorized.refused);
    if (args.some((arg) => typeof arg !== "string" || arg.length > 100)) return refuse("That record was not found.");
    if (submission.status !== "success") return submission.reply({ hideFields });

    try {
      const outcome = await handler({ value: submission.value, db: await getDb(), ...authorized.context }, ...args);
      if (outcome?.formError) return refuse(outcome.formError);
      // Conform's reply to a reset carries no status; the form status needs "success" to show the notice.
      return { ...submission.reply({ resetForm: outcome?.resetForm, hideFields }), status: "success", ...(outcome?.notice ? { notice: outcome.notice } : {}) };
    } catch (error) {
      const known = describeDomainError(error);
      if (!known) throw error; // redirect() and notFound() travel as errors too
      if (known.fields && known.code !== "version_conflict") return submission.reply({ fieldErrors: mapValues(known.fields), hideFields });
      return refuse(known.message, known.reload);
    }
  }
}

function mapValues(fields: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, [message]]));
}
