"use client";

import Link from "next/link";
import { getInputProps } from "@conform-to/react";
import { DateField } from "@/components/ui/date-field";
import { FormStatus } from "@/components/ui/form-status";
import { PercentField } from "@/components/ui/percent-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useServerForm } from "@/components/ui/use-server-form";
import { basisOptions, METRIC_OPTIONS, SOURCE_OPTIONS } from "@/components/vendors/registry-options";
import type { FormReply } from "@/lib/form-reply";
import { MetricObservationEditFormSchema, MetricObservationFormSchema } from "@/lib/schemas/metric-observation";
import { METRIC_DEFINITIONS } from "@/lib/scoring/metric-definitions";
import { METRIC_KEYS, type MetricKey } from "@/lib/scoring/metric-evidence";

export interface MetricObservationFormDefaults {
  metric: string;
  value: string;
  asOf: string;
  source: string;
  measurementBasis: string;
  note: string;
  /** Present when correcting an observation. */
  version?: string;
}

interface MetricObservationFormProps {
  action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;
  defaultValue: MetricObservationFormDefaults;
  cancelHref: string;
  today: string;
}

/** Add or correct one metric observation: the value in percent, its date, source and measurement basis. */
export function MetricObservationForm({ action, defaultValue, cancelHref, today }: MetricObservationFormProps) {
  const correcting = defaultValue.version !== undefined;
  const schema = (correcting ? MetricObservationEditFormSchema : MetricObservationFormSchema) as typeof MetricObservationEditFormSchema;
  const { form, fields, formProps, pending, reply } = useServerForm({ schema, action, defaultValue, id: "metric-observation" });
  const chosen = fields.metric.value;
  const metric: MetricKey | undefined = METRIC_KEYS.find((key) => key === chosen);
  const definition = metric ? METRIC_DEFINITIONS[metric] : undefined;
  return (
    <form {...formProps} className="max-w-2xl space-y-5">
      <FormStatus form={form} reply={reply} />
      {correcting && <input {...getInputProps(fields.version, { type: "hidden" })} />}
      <SelectField
        meta={fields.metric}
        label="Metric"
        options={METRIC_OPTIONS}
        placeholder={correcting ? undefined : "Choose…"}
        hint={definition ? `${definition.definition}${definition.hfmaMapKey ? ` (HFMA MAP Key: ${definition.hfmaMapKey})` : ""}` : undefined}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <PercentField meta={fields.value} label="Value (%)" step={0.01} max={definition ? definition.max * 100 : 100} hint={definition?.direction === "lower" ? "Lower is better." : "Higher is better."} />
        <DateField meta={fields.asOf} label="As of" max={today} hint="The day (or period end) the figure describes." />
      </div>
      <SelectField meta={fields.source} label="Source" options={SOURCE_OPTIONS} placeholder={correcting ? undefined : "Choose…"} hint="The most trustworthy source available is the one scores use." />
      <SelectField
        meta={fields.measurementBasis}
        label="Measurement basis"
        options={basisOptions(definition?.bases ?? [])}
        placeholder="Not stated"
        hint={metric === "CODING_ACCURACY" ? "Coding accuracy at code level reads higher than at claim level: record which one the vendor reports." : "How the vendor defines the figure, when they said so."}
      />
      <TextareaField meta={fields.note} label="Note" rows={3} placeholder="Where the figure comes from: document, call, report." />
      <div className="flex gap-3">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {correcting ? "Save correction" : "Add observation"}
        </SubmitButton>
        <Link href={cancelHref} className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100">
          Cancel
        </Link>
      </div>
    </form>
  );
}
