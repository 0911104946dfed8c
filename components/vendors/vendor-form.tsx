"use client";

import { useActionState } from "react";
import Link from "next/link";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/server/actions/form-state";
import { AiUse, HealthcareFunction, OperatingModel } from "@/lib/generated/prisma/enums";
import { formatCode } from "@/lib/format";

export interface VendorFormValues {
  name: string;
  website: string;
  headquarters: string;
  description: string;
  operatingModel: string;
  aiUse: string;
  functionsServed: string[];
  fte: string;
  annualTurnoverPercent: string;
  version: number;
}

interface VendorFormProps {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  values: VendorFormValues;
  cancelHref: string;
}

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** The saved values, overlaid with what was last submitted (shown again after an error). */
function shownValues(saved: VendorFormValues, submitted: FormState["values"]): VendorFormValues {
  if (!submitted) return saved;
  const text = (name: keyof VendorFormValues) => (typeof submitted[name] === "string" ? (submitted[name] as string) : String(saved[name]));
  const functions = submitted.functionsServed;
  return {
    ...saved,
    name: text("name"),
    website: text("website"),
    headquarters: text("headquarters"),
    description: text("description"),
    operatingModel: text("operatingModel"),
    aiUse: text("aiUse"),
    fte: text("fte"),
    annualTurnoverPercent: text("annualTurnoverPercent"),
    // Unticked boxes are not submitted at all: none submitted means none ticked.
    functionsServed: functions === undefined ? [] : typeof functions === "string" ? [functions] : functions,
  };
}

export function VendorForm({ action, values: saved, cancelHref }: VendorFormProps) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const values = shownValues(saved, state.values);
  const error = (field: string) => state.fields?.[field];
  return (
    <form action={formAction} className="max-w-3xl space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={values.version} />
      <Field label="Name" name="name" required defaultValue={values.name} error={error("name")} maxLength={120} />
      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor="field-operatingModel" className="block text-sm font-medium">Operating model</label>
          <select id="field-operatingModel" name="operatingModel" defaultValue={values.operatingModel} className={selectClass} aria-invalid={error("operatingModel") ? true : undefined}>
            {Object.values(OperatingModel).map((model) => (
              <option key={model} value={model}>{formatCode(model)}</option>
            ))}
          </select>
          {error("operatingModel") && <p className="mt-1 text-sm text-red-700">{error("operatingModel")}</p>}
        </div>
        <div>
          <label htmlFor="field-aiUse" className="block text-sm font-medium">AI use</label>
          <select id="field-aiUse" name="aiUse" defaultValue={values.aiUse} className={selectClass}>
            {Object.values(AiUse).map((use) => (
              <option key={use} value={use}>{formatCode(use)}</option>
            ))}
          </select>
        </div>
        <Field label="Staff on healthcare accounts (FTE)" name="fte" type="number" min={0} step={1} inputMode="numeric" defaultValue={values.fte} error={error("fte")} />
        <Field label="Annual staff turnover (%)" name="annualTurnoverPercent" type="number" min={0} max={300} step={0.1} inputMode="decimal" defaultValue={values.annualTurnoverPercent} error={error("annualTurnoverPercent")} />
        <Field label="Website" name="website" type="url" defaultValue={values.website} error={error("website")} placeholder="https://" />
        <Field label="Headquarters" name="headquarters" defaultValue={values.headquarters} error={error("headquarters")} />
      </div>
      <fieldset aria-describedby={error("functionsServed") ? "functions-error" : undefined}>
        <legend className="text-sm font-medium">Functions served</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {Object.values(HealthcareFunction).map((fn) => (
            <label key={fn} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="functionsServed" value={fn} defaultChecked={values.functionsServed.includes(fn)} className="h-4 w-4" />
              {formatCode(fn)}
            </label>
          ))}
        </div>
        {error("functionsServed") && <p id="functions-error" className="mt-1 text-sm text-red-700">{error("functionsServed")}</p>}
      </fieldset>
      <div>
        <label htmlFor="field-description" className="block text-sm font-medium">Description</label>
        <textarea id="field-description" name="description" rows={4} maxLength={2000} defaultValue={values.description} className={selectClass} />
        {error("description") && <p className="mt-1 text-sm text-red-700">{error("description")}</p>}
      </div>
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? "Saving…" : "Save vendor"}
        </button>
        <Link href={cancelHref} className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100">Cancel</Link>
      </div>
    </form>
  );
}
