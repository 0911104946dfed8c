"use client";

import Link from "next/link";
import { getInputProps } from "@conform-to/react";
import { DateField } from "@/components/ui/date-field";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useServerForm } from "@/components/ui/use-server-form";
import { EVIDENCE_ITEM_OPTIONS, LEVEL_OPTIONS } from "@/components/vendors/registry-options";
import type { FormReply } from "@/lib/form-reply";
import { ComplianceEvidenceInputSchema, ComplianceEvidenceUpdateSchema } from "@/lib/schemas/compliance-evidence";
import { EVIDENCE_ITEMS, evidenceExpiry } from "@/lib/scoring/compliance";
import { formatDate } from "@/lib/format";

export interface ComplianceEvidenceFormDefaults {
  item: string;
  level: string;
  effectiveDate: string;
  periodStart: string;
  periodEnd: string;
  documentRef: string;
  documentIssuer: string;
  notes: string;
  version?: string;
}

interface ComplianceEvidenceFormProps {
  action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;
  defaultValue: ComplianceEvidenceFormDefaults;
  cancelHref: string;
  submitLabel: string;
}

/** When the evidence being typed will expire, by the same rule the scores use (MODEL.md §2). */
function expiryHint(item: unknown, effectiveDate: unknown): string {
  const known = EVIDENCE_ITEMS.find((code) => code === item);
  if (!known || typeof effectiveDate !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(effectiveDate)) return "Validity counts from this date; for a SOC 2 Type II report, the end of its period.";
  const expiry = evidenceExpiry(known, new Date(`${effectiveDate}T00:00:00Z`));
  return expiry ? `Counts until ${formatDate(expiry)}, then expires.` : "This item does not expire.";
}

/** Add, renew or correct one piece of compliance evidence with its document reference. */
export function ComplianceEvidenceForm({ action, defaultValue, cancelHref, submitLabel }: ComplianceEvidenceFormProps) {
  const correcting = defaultValue.version !== undefined;
  const schema = (correcting ? ComplianceEvidenceUpdateSchema : ComplianceEvidenceInputSchema) as typeof ComplianceEvidenceUpdateSchema;
  const { form, fields, formProps, pending, reply } = useServerForm({ schema, action, defaultValue, id: "compliance-evidence" });
  return (
    <form {...formProps} className="max-w-2xl space-y-5">
      <FormStatus form={form} reply={reply} />
      {correcting && <input {...getInputProps(fields.version, { type: "hidden" })} />}
      <SelectField meta={fields.item} label="Evidence item" options={EVIDENCE_ITEM_OPTIONS} placeholder={defaultValue.item ? undefined : "Choose…"} />
      <SelectField
        meta={fields.level}
        label="Verification level"
        options={LEVEL_OPTIONS}
        placeholder={defaultValue.level ? undefined : "Choose…"}
        hint="A claim earns a quarter of the item's weight; the PHI gate needs a SOC 2 Type II at Documented or better."
      />
      <fieldset className="grid gap-5 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium text-slate-800">Period the document covers (optional)</legend>
        <DateField meta={fields.periodStart} label="From" />
        <DateField meta={fields.periodEnd} label="To" />
      </fieldset>
      <DateField meta={fields.effectiveDate} label="Effective from" hint={expiryHint(fields.item.value, fields.effectiveDate.value)} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField meta={fields.documentRef} label="Document (file name)" placeholder="soc2-type-ii-2026.pdf" />
        <TextField meta={fields.documentIssuer} label="Issued by" placeholder="e.g. the audit firm" />
      </div>
      <TextareaField meta={fields.notes} label="Notes" rows={3} />
      <div className="flex gap-3">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {submitLabel}
        </SubmitButton>
        <Link href={cancelHref} className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100">
          Cancel
        </Link>
      </div>
    </form>
  );
}
