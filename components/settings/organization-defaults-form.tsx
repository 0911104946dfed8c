"use client";

import { getInputProps } from "@conform-to/react";
import { AssumptionsTable } from "@/components/evaluations/assumptions-table";
import { formatUncertainAssumption } from "@/components/evaluations/assumption-format";
import { controlBorder } from "@/components/ui/field-frame";
import { FormStatus } from "@/components/ui/form-status";
import { NumberField } from "@/components/ui/number-field";
import { PercentField } from "@/components/ui/percent-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useServerForm } from "@/components/ui/use-server-form";
import type { FormReply } from "@/lib/form-reply";
import { DEFAULT_CRITERIA } from "@/lib/scoring/criteria";
import { OrganizationDefaultsFormSchema, TABLE_ASSUMPTIONS } from "@/lib/schemas/organization-defaults";
import { ASSUMPTION_DEFAULTS } from "@/lib/tco/assumptions";
import { MODEL_CRITERION_WEIGHTS } from "@/lib/evaluation/organization-defaults";
import type { OrganizationDefaultsFormDefaults } from "@/components/settings/organization-defaults-values";

interface Props {
  action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;
  defaultValue: OrganizationDefaultsFormDefaults;
}

/** Every assumption but the claim haircut (it has its own section), in MODEL.md §5's order. */
const TABLE_ROWS = TABLE_ASSUMPTIONS.map((name) => ({ name, label: ASSUMPTION_DEFAULTS[name].label, unit: ASSUMPTION_DEFAULTS[name].unit }));

/**
 * The organisation's defaults: assumptions (point or range) with the source of any figure that
 * departs from MODEL.md's, the claim haircut and the criterion weights. New evaluations start
 * from what is saved here.
 */
export function OrganizationDefaultsForm({ action, defaultValue }: Props) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: OrganizationDefaultsFormSchema, action, defaultValue, id: "organization-defaults" });
  const sources = fields.sources.getFieldset();
  const weights = fields.weights.getFieldset();
  const weightValues = (fields.weights.value ?? {}) as Record<string, string | undefined>;
  const total = DEFAULT_CRITERIA.reduce((sum, c) => sum + (Number(weightValues[c.key]) || 0), 0);
  const haircutModel = ASSUMPTION_DEFAULTS.claimHaircut;

  return (
    <form {...formProps} className="space-y-8" aria-label="Organisation defaults">
      <FormStatus form={form} reply={reply} />
      <input {...getInputProps(fields.version, { type: "hidden" })} />

      <section aria-labelledby="defaults-assumptions" className="space-y-2">
        <h2 id="defaults-assumptions" className="text-lg font-semibold text-slate-900">
          Default assumptions (MODEL.md §5)
        </h2>
        <p className="text-sm text-slate-600">
          A single likely value, or low and high as well for a range that Monte Carlo draws from. A figure that differs from MODEL.md&apos;s needs its
          source: evaluations that start from it show that source, and an auditor will ask.
        </p>
        <AssumptionsTable
          assumptions={TABLE_ROWS}
          fields={fields.assumptions.getFieldset()}
          renderSource={(assumption) => {
            const source = sources[assumption.name];
            const model = ASSUMPTION_DEFAULTS[assumption.name];
            return (
              <div className="min-w-56 space-y-1">
                <input
                  {...getInputProps(source, { type: "text", ariaAttributes: false })}
                  aria-label={`${assumption.label}: source`}
                  aria-invalid={source.errors ? true : undefined}
                  aria-describedby={source.errors ? source.errorId : undefined}
                  placeholder="Source, if your figure differs"
                  className={`block w-full rounded-md border px-2 py-1.5 text-sm shadow-sm ${controlBorder(!!source.errors)}`}
                />
                {source.errors && (
                  <span id={source.errorId} className="block text-sm text-red-700">
                    {source.errors.join(" ")}
                  </span>
                )}
                <span className="block">
                  MODEL.md: {formatUncertainAssumption(assumption.name, model.value)} ({model.source})
                </span>
              </div>
            );
          }}
        />
      </section>

      <section aria-labelledby="defaults-haircut" className="space-y-2">
        <h2 id="defaults-haircut" className="text-lg font-semibold text-slate-900">
          Claim haircut (MODEL.md §3)
        </h2>
        <p className="text-sm text-slate-600">
          A vendor&apos;s own claim that is better than the benchmark midpoint is moved this share of the way back toward it; audited and documented
          figures are used as they are. MODEL.md&apos;s default is {Math.round(haircutModel.value * 100)} %.
        </p>
        <div className="grid gap-4 sm:grid-cols-3">
          <PercentField meta={fields.claimHaircut} label="Claim haircut" step={1} />
          <TextField meta={sources.claimHaircut} label="Source" placeholder="Source, if your figure differs" hint={`MODEL.md: ${haircutModel.source}`} className="sm:col-span-2" />
        </div>
      </section>

      <section aria-labelledby="defaults-weights" className="space-y-2">
        <h2 id="defaults-weights" className="text-lg font-semibold text-slate-900">
          Default criterion weights (MODEL.md §4)
        </h2>
        <p className="text-sm text-slate-600">Whole percentages that total 100. Each new evaluation starts with them; its team can still change its own.</p>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {DEFAULT_CRITERIA.map((criterion) => (
            <NumberField
              key={criterion.key}
              meta={weights[criterion.key]}
              label={criterion.label}
              suffix="%"
              step={1}
              min={0}
              max={100}
              inputMode="numeric"
              hint={`MODEL.md: ${MODEL_CRITERION_WEIGHTS[criterion.key]} %`}
            />
          ))}
        </div>
        <p className={`text-sm ${total === 100 ? "text-slate-600" : "font-medium text-amber-800"}`} aria-live="polite">
          Total: {total} %{total === 100 ? "" : " — the weights must total 100 %."}
        </p>
        {fields.weights.errors && (
          <p id={fields.weights.errorId} className="text-sm text-red-700">
            {fields.weights.errors.join(" ")}
          </p>
        )}
      </section>

      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save defaults
      </SubmitButton>
    </form>
  );
}
