"use client";

import Link from "next/link";
import { getInputProps } from "@conform-to/react";
import { DateField } from "@/components/ui/date-field";
import { FormStatus } from "@/components/ui/form-status";
import { NumberField } from "@/components/ui/number-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useServerForm } from "@/components/ui/use-server-form";
import type { FormReply } from "@/lib/form-reply";
import { StaffCertificationsInputSchema } from "@/lib/schemas/staff-certifications";
import { CREDENTIAL_LABELS, CREDENTIALS, certifiedStaffShare, type Credential } from "@/lib/scoring/certified-staff";
import { formatPercent } from "@/lib/format";

export interface StaffCertificationsFormDefaults {
  asOf: string;
  totalStaff: string;
  certifiedStaff: string;
  counts: Record<Credential, string>;
  version: string;
}

interface StaffCertificationsFormProps {
  action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;
  defaultValue: StaffCertificationsFormDefaults;
  cancelHref: string;
  today: string;
}

const whole = (value: unknown) => (typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : null);

/** The certified share the typed numbers give, as the scores will compute it. */
function sharePreview(total: unknown, certified: unknown, counts: Partial<Record<Credential, unknown>>): string {
  const totalStaff = whole(total);
  if (!totalStaff) return "Enter the total staff to see the certified share.";
  const result = certifiedStaffShare({
    totalStaff,
    certifiedStaff: whole(certified),
    counts: Object.fromEntries(CREDENTIALS.map((credential) => [credential, whole(counts[credential]) ?? 0])),
  });
  if (!result) return "";
  return result.exact ? `Certified share: ${formatPercent(result.share)}.` : `Certified share: at most ${formatPercent(result.share)} (someone holding two credentials is counted twice; enter the certified staff for an exact share).`;
}

/** Staff certification counts as of a date, replacing the previous ones as a whole. */
export function StaffCertificationsForm({ action, defaultValue, cancelHref, today }: StaffCertificationsFormProps) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: StaffCertificationsInputSchema, action, defaultValue, id: "staff-certifications" });
  const counts = fields.counts.getFieldset();
  const typedCounts = Object.fromEntries(CREDENTIALS.map((credential) => [credential, counts[credential].value]));
  return (
    <form {...formProps} className="max-w-2xl space-y-5">
      <FormStatus form={form} reply={reply} />
      <input {...getInputProps(fields.version, { type: "hidden" })} />
      <div className="grid gap-5 sm:grid-cols-3">
        <DateField meta={fields.asOf} label="Counts as of" max={today} />
        <NumberField meta={fields.totalStaff} label="Total staff" step={1} min={1} inputMode="numeric" hint="Headcount on healthcare accounts." />
        <NumberField meta={fields.certifiedStaff} label="Certified staff" step={1} min={0} inputMode="numeric" hint="Holding at least one credential (optional)." />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium text-slate-800">Staff holding each credential</legend>
        {CREDENTIALS.map((credential) => (
          <NumberField key={credential} meta={counts[credential]} label={CREDENTIAL_LABELS[credential]} step={1} min={0} inputMode="numeric" />
        ))}
      </fieldset>
      <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" aria-live="polite">
        {sharePreview(fields.totalStaff.value, fields.certifiedStaff.value, typedCounts)}
      </p>
      <div className="flex gap-3">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save counts
        </SubmitButton>
        <Link href={cancelHref} className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100">
          Cancel
        </Link>
      </div>
    </form>
  );
}
