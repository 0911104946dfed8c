"use client";

import { useState, useTransition } from "react";
import { getInputProps, getSelectProps } from "@conform-to/react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { useServerForm } from "@/components/ui/use-server-form";
import type { FormReply } from "@/lib/form-reply";
import type { CommandResult } from "@/lib/server/actions/command-action";
import { Role } from "@/lib/generated/prisma/enums";
import { UserRoleChangeSchema } from "@/lib/schemas/user";
import { formatCode } from "@/lib/format";

interface RoleFormProps {
  user: { id: string; name: string; role: Role; version: number };
  action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;
}

/** A user's role with a Change button; the server refuses demoting the last admin. */
export function UserRoleForm({ user, action }: RoleFormProps) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: UserRoleChangeSchema, action, id: `role-${user.id}`, defaultValue: { role: user.role, version: user.version } });
  return (
    <form {...formProps} className="space-y-1">
      <input {...getInputProps(fields.version, { type: "hidden" })} />
      <div className="flex items-center gap-2">
        <label htmlFor={fields.role.id} className="sr-only">
          Role of {user.name}
        </label>
        <select {...getSelectProps(fields.role)} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm">
          {Object.values(Role).map((role) => (
            <option key={role} value={role}>
              {formatCode(role)}
            </option>
          ))}
        </select>
        <SubmitButton pending={pending} pendingLabel="Saving…" variant="secondary" className="!px-2 !py-1">
          Change<span className="sr-only"> role of {user.name}</span>
        </SubmitButton>
      </div>
      <FormStatus form={form} reply={reply} />
    </form>
  );
}

interface ActiveToggleProps {
  user: { id: string; name: string; version: number; active: boolean };
  action: (userId: string, input: { active: boolean; version: number }) => Promise<CommandResult<void>>;
}

/** Deactivate (after a confirmation that says what it ends) or reactivate a user. */
export function UserActiveToggle({ user, action }: ActiveToggleProps) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (active: boolean) =>
    start(async () => {
      const result = await action(user.id, { active, version: user.version });
      setConfirming(false);
      setError(result.ok ? null : result.message);
    });
  const button = "rounded-md border px-2 py-1 text-sm disabled:opacity-60";
  return (
    <div className="space-y-1">
      {user.active && !confirming && (
        <button type="button" className={`${button} border-slate-300 hover:bg-slate-100`} onClick={() => setConfirming(true)}>
          Deactivate<span className="sr-only"> {user.name}</span>
        </button>
      )}
      {user.active && confirming && (
        <div role="group" aria-label={`Confirm deactivating ${user.name}`} className="flex flex-wrap items-center gap-2 text-sm">
          <span>Their sessions and tokens end at once.</span>
          <button type="button" disabled={pending} className={`${button} border-red-700 bg-red-700 text-white hover:bg-red-800`} onClick={() => run(false)}>
            {pending ? "Deactivating…" : `Deactivate ${user.name}`}
          </button>
          <button type="button" className={`${button} border-slate-300`} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {!user.active && (
        <button type="button" disabled={pending} className={`${button} border-slate-300 hover:bg-slate-100`} onClick={() => run(true)}>
          {pending ? "Reactivating…" : "Reactivate"}
          <span className="sr-only"> {user.name}</span>
        </button>
      )}
      <p role="status" aria-live="polite" className="text-xs text-red-800">
        {error}
      </p>
    </div>
  );
}
