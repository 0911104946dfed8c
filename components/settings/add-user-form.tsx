"use client";

import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useServerForm } from "@/components/ui/use-server-form";
import type { FormReply } from "@/lib/form-reply";
import { ROLE_OPTIONS } from "@/components/settings/role-options";
import { UserCreateSchema } from "@/lib/schemas/user";

/** Name, email and role; the server makes a one-time password and shows it once in the notice. */
export function AddUserForm({ action }: { action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply> }) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: UserCreateSchema, action, id: "add-user", defaultValue: { role: "ANALYST" } });
  return (
    <form {...formProps} className="space-y-4">
      <FormStatus form={form} reply={reply} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField meta={fields.name} label="Name" autoComplete="off" />
        <TextField meta={fields.email} label="Email" type="email" autoComplete="off" />
        <SelectField meta={fields.role} label="Role" options={ROLE_OPTIONS} />
      </div>
      <SubmitButton pending={pending} pendingLabel="Adding…">
        Add user
      </SubmitButton>
    </form>
  );
}
