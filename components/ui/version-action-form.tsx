"use client";

import { getInputProps } from "@conform-to/react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { useServerForm } from "@/components/ui/use-server-form";
import type { FormReply } from "@/lib/form-reply";
import { RecordVersionSchema } from "@/lib/schemas/record-version";

interface VersionActionFormProps {
  id: string;
  action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;
  /** The record's version as loaded; a stale one gets the conflict message and a reload. */
  version: number;
  label: string;
  pendingLabel: string;
  variant?: "secondary" | "danger";
}

/** One button that applies a change to a record at the version the page loaded: archive, restore, remove. */
export function VersionActionForm({ id, action, version, label, pendingLabel, variant = "secondary" }: VersionActionFormProps) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: RecordVersionSchema, action, defaultValue: { version: String(version) }, id });
  return (
    <form {...formProps} className="space-y-2">
      <input {...getInputProps(fields.version, { type: "hidden" })} />
      <SubmitButton pending={pending} pendingLabel={pendingLabel} variant={variant}>
        {label}
      </SubmitButton>
      <FormStatus form={form} reply={reply} />
    </form>
  );
}

/** A destructive VersionActionForm behind a disclosure that says what will be lost. */
export function ConfirmedRemoveForm({ summary, warning, ...form }: VersionActionFormProps & { summary: string; warning: string }) {
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-red-300 bg-white px-4 py-2 text-sm text-red-800 hover:bg-red-50">{summary}</summary>
      <div className="absolute right-0 z-10 mt-2 w-80 rounded-md border border-slate-200 bg-white p-4 text-sm shadow-lg">
        <p className="mb-3">{warning}</p>
        <VersionActionForm {...form} variant="danger" />
      </div>
    </details>
  );
}
