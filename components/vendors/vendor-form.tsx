"use client";

import Link from "next/link";
import { getInputProps } from "@conform-to/react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FormStatus } from "@/components/ui/form-status";
import { NumberField } from "@/components/ui/number-field";
import { PercentField } from "@/components/ui/percent-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useServerForm } from "@/components/ui/use-server-form";
import type { FormReply } from "@/lib/form-reply";
import { AiUse, HealthcareFunction, OperatingModel } from "@/lib/generated/prisma/enums";
import { VendorCreateFormSchema, VendorEditFormSchema } from "@/lib/schemas/vendor";
import { formatCode } from "@/lib/format";
import type { VendorFormDefaults } from "@/components/vendors/vendor-form-defaults";

interface VendorFormProps {
  action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;
  defaultValue: VendorFormDefaults;
  cancelHref: string;
  submitLabel: string;
}

const codeOptions = (codes: Record<string, string>) => Object.values(codes).map((code) => ({ value: code, label: formatCode(code) }));

/** The vendor profile form, for a new vendor and for an edit (which carries the version it loaded). */
export function VendorForm({ action, defaultValue, cancelHref, submitLabel }: VendorFormProps) {
  const editing = defaultValue.version !== undefined;
  const schema = (editing ? VendorEditFormSchema : VendorCreateFormSchema) as typeof VendorEditFormSchema;
  const { form, fields, formProps, pending, reply } = useServerForm({ schema, action, defaultValue, id: "vendor" });
  return (
    <form {...formProps} className="max-w-3xl space-y-5">
      <FormStatus form={form} reply={reply} />
      {editing && <input {...getInputProps(fields.version, { type: "hidden" })} />}
      <TextField meta={fields.name} label="Name" />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          meta={fields.operatingModel}
          label="Operating model"
          options={codeOptions(OperatingModel)}
          placeholder={editing ? undefined : "Choose…"}
          hint="Decides fit against each function's recommendation."
        />
        <SelectField meta={fields.aiUse} label="AI use" options={codeOptions(AiUse)} hint="Autonomous AI lowers audit defensibility." />
        <NumberField meta={fields.fte} label="Staff on healthcare accounts (FTE)" step={1} min={0} inputMode="numeric" />
        <PercentField meta={fields.annualTurnoverRate} label="Annual staff turnover (%)" max={300} hint="Staff who leave in a year, as a share of headcount." />
        <TextField meta={fields.website} label="Website" type="url" placeholder="https://" />
        <TextField meta={fields.headquarters} label="Headquarters" />
      </div>
      <CheckboxGroup meta={fields.functionsServed} label="Functions served" options={codeOptions(HealthcareFunction)} />
      <TextareaField meta={fields.description} label="Description" />
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
