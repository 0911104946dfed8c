"use client";

import { DateField } from "@/components/ui/date-field";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useServerForm } from "@/components/ui/use-server-form";
import type { FormReply } from "@/lib/form-reply";
import { ROLE_OPTIONS } from "@/components/settings/role-options";
import { ApiTokenCreateSchema } from "@/lib/schemas/api-token";

const LIFETIME_OPTIONS = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "365 days" },
  { value: "date", label: "Until a date…" },
];

/** Name, role and lifetime of a new token; the value appears once in the notice. */
export function CreateTokenForm({ action }: { action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply> }) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: ApiTokenCreateSchema, action, id: "create-token", defaultValue: { role: "ANALYST", lifetime: "90" } });
  return (
    <form {...formProps} className="space-y-4">
      <FormStatus form={form} reply={reply} />
      <div className="grid gap-4 md:grid-cols-4">
        <TextField meta={fields.name} label="Name" placeholder="e.g. Power BI refresh" autoComplete="off" />
        <SelectField meta={fields.role} label="Acts as" options={ROLE_OPTIONS} hint="No higher than your own role." />
        <SelectField meta={fields.lifetime} label="Lifetime" options={LIFETIME_OPTIONS} />
        <DateField meta={fields.expiresOn} label="Expires on (with “Until a date”)" />
      </div>
      <SubmitButton pending={pending} pendingLabel="Creating…">
        Create token
      </SubmitButton>
    </form>
  );
}
