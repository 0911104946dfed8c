"use client";

import Link from "next/link";
import { getInputProps } from "@conform-to/react";
import { FormStatus } from "@/components/ui/form-status";
import { NumberField } from "@/components/ui/number-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { UncertainField } from "@/components/ui/uncertain-field";
import { useServerForm } from "@/components/ui/use-server-form";
import { FieldError } from "@/components/ui/field-frame";
import { AssumptionSource, AssumptionsTable } from "@/components/evaluations/assumptions-table";
import { FUNCTION_NUMBER_FIELDS, newFunctionDefaults, type EvaluationFormDefaults } from "@/components/evaluations/evaluation-form-defaults";
import type { FormReply } from "@/lib/form-reply";
import { EvaluationFormSchema } from "@/lib/schemas/evaluation-form";
import type { AssumptionChoice, ScopeChoice } from "@/lib/server/queries/evaluation-form-data";

interface EvaluationFormProps {
  action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;
  defaultValue: EvaluationFormDefaults;
  scope: ScopeChoice[];
  assumptions: AssumptionChoice[];
  cancelHref: string;
  submitLabel: string;
  /** Said under the scope when functions already have bids (removing one removes its bid lines). */
  scopeWarning?: string;
}

/** Create or edit an evaluation: name and term, the functions in scope with today's baseline, the assumptions and the seed. */
export function EvaluationForm({ action, defaultValue, scope, assumptions, cancelHref, submitLabel, scopeWarning }: EvaluationFormProps) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: EvaluationFormSchema, action, defaultValue, id: "evaluation" });
  const picked = fields.functions.getFieldList();
  const pickedCodes = picked.map((f) => f.getFieldset().function.value);
  const choiceOf = new Map(scope.map((choice) => [choice.function, choice]));

  return (
    <form {...formProps} className="space-y-8">
      <FormStatus form={form} reply={reply} />
      {defaultValue.version !== undefined && <input {...getInputProps(fields.version, { type: "hidden" })} />}

      <section aria-labelledby="evaluation-basics" className="max-w-3xl space-y-5">
        <h2 id="evaluation-basics" className="text-lg font-semibold text-slate-900">
          The sourcing event
        </h2>
        <TextField meta={fields.name} label="Name" />
        <TextareaField meta={fields.description} label="Description" hint="What is being sourced and why; shown on the report." />
        <div className="grid gap-5 sm:grid-cols-2">
          <NumberField meta={fields.termMonths} label="Contract term" suffix="months" step={1} min={1} max={120} inputMode="numeric" />
          <NumberField
            meta={fields.monteCarloSeed}
            label="Monte Carlo seed"
            step={1}
            min={0}
            inputMode="numeric"
            hint="The same seed and data always give the same uncertainty figures; change it to check they do not hinge on one draw."
          />
        </div>
      </section>

      <section aria-labelledby="evaluation-scope" className="space-y-4">
        <div>
          <h2 id="evaluation-scope" className="text-lg font-semibold text-slate-900">
            Functions in scope
          </h2>
          <p className="text-sm text-slate-600">Pick from the decision matrix (with your organisation&apos;s overrides); each shows the operating model it recommends and why.</p>
          {scopeWarning && <p className="mt-1 text-sm text-amber-800">{scopeWarning}</p>}
        </div>
        <fieldset aria-describedby={fields.functions.errors ? fields.functions.errorId : undefined}>
          <legend className="sr-only">Functions in scope</legend>
          <ul className="grid gap-2 md:grid-cols-3">
            {scope.map((choice) => {
              const on = pickedCodes.includes(choice.function);
              const toggle = on
                ? form.remove.getButtonProps({ name: fields.functions.name, index: pickedCodes.indexOf(choice.function) })
                : form.insert.getButtonProps({ name: fields.functions.name, defaultValue: newFunctionDefaults(choice.function) });
              return (
                <li key={choice.function}>
                  <button
                    {...toggle}
                    aria-pressed={on}
                    className={`flex h-full w-full gap-2 rounded-md border p-3 text-left text-sm ${on ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white hover:bg-slate-50"}`}
                  >
                    <span aria-hidden="true" className={`mt-0.5 flex h-4 w-4 shrink-0 items-center justify-center rounded border text-xs ${on ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400"}`}>
                      {on ? "✓" : ""}
                    </span>
                    <span>
                      <span className="block font-medium text-slate-900">{choice.label}</span>
                      {on && <span className="mt-0.5 block text-xs text-slate-600">Recommends {choice.recommendation.toLowerCase()}</span>}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          <FieldError meta={fields.functions} />
        </fieldset>

        {picked.map((item) => {
          const fn = item.getFieldset();
          const code = String(fn.function.value ?? fn.function.initialValue ?? "");
          const choice = choiceOf.get(code);
          return (
            <fieldset key={item.key ?? item.name} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <legend className="px-1 text-base font-semibold text-slate-900">{choice?.label ?? code}</legend>
              <input {...getInputProps(fn.function, { type: "hidden" })} />
              {choice && (
                <p className="mb-3 text-sm text-slate-700">
                  <span className="font-medium">Recommends {choice.recommendation.toLowerCase()}.</span> {choice.rationale}
                  {choice.overrideReason && <span className="text-slate-500"> Your organisation&apos;s override: {choice.overrideReason}</span>}
                </p>
              )}
              <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
                {FUNCTION_NUMBER_FIELDS.map((field) => (
                  <UncertainField key={field.key} meta={fn[field.key]} label={field.label} unit={field.unit} compact />
                ))}
              </div>
            </fieldset>
          );
        })}
      </section>

      <section aria-labelledby="evaluation-assumptions" className="space-y-2">
        <h2 id="evaluation-assumptions" className="text-lg font-semibold text-slate-900">
          Assumptions
        </h2>
        <p className="text-sm text-slate-600">
          Pre-filled with your organisation&apos;s defaults. Enter a single likely value, or low and high as well for a range that Monte Carlo draws from.
        </p>
        <AssumptionsTable assumptions={assumptions} fields={fields.assumptions.getFieldset()} renderSource={(assumption) => <AssumptionSource assumption={assumption} />} />
      </section>

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
