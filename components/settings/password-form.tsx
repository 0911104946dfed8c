"use client";

import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useServerForm } from "@/components/ui/use-server-form";
import type { FormReply } from "@/lib/form-reply";
import { MIN_PASSWORD_LENGTH, PasswordChangeSchema } from "@/lib/schemas/password";

/** Current password, a new one (at least 12 characters, not a common one) and its confirmation. */
export function PasswordForm({ action, currentLabel }: { action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>; currentLabel: string }) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: PasswordChangeSchema, action, id: "password" });
  return (
    <form {...formProps} className="max-w-md space-y-4">
      <FormStatus form={form} reply={reply} />
      <TextField meta={fields.currentPassword} label={currentLabel} type="password" autoComplete="current-password" />
      <TextField meta={fields.newPassword} label="New password" type="password" autoComplete="new-password" hint={`At least ${MIN_PASSWORD_LENGTH} characters and not a commonly used password. A few unrelated words work well.`} />
      <TextField meta={fields.confirmPassword} label="New password again" type="password" autoComplete="new-password" />
      <SubmitButton pending={pending} pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </form>
  );
}
