"use client";

import { getInputProps } from "@conform-to/react";
import { useState, useTransition } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useServerForm } from "@/components/ui/use-server-form";
import type { FormReply } from "@/lib/form-reply";
import type { CommandResult } from "@/lib/server/actions/command-action";
import { RECOMMENDATION_LABELS, RECOMMENDATIONS, type MatrixOverride } from "@/lib/scoring/decision-matrix";
import type { HealthcareFunction } from "@/lib/scoring/healthcare-function";
import { MatrixOverrideFormSchema } from "@/lib/schemas/matrix-override";

const SCORE_OPTIONS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

interface Props {
  fn: HealthcareFunction;
  label: string;
  current: MatrixOverride | null;
  save: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;
  remove: (input: { function: HealthcareFunction }) => Promise<CommandResult<void>>;
}

/** Override a function's factors or recommendation with a reason, or remove the override. */
export function MatrixOverrideForm({ fn, label, current, save, remove }: Props) {
  const { form, fields, formProps, pending, reply } = useServerForm({
    schema: MatrixOverrideFormSchema,
    action: save,
    id: `override-${fn}`,
    defaultValue: {
      function: fn,
      clinicalComplexity: current?.clinicalComplexity ?? undefined,
      payerPolicyDependence: current?.payerPolicyDependence ?? undefined,
      complianceSensitivity: current?.complianceSensitivity ?? undefined,
      automationPotential: current?.automationPotential ?? undefined,
      handlesPhi: current?.handlesPhi === true ? "yes" : current?.handlesPhi === false ? "no" : undefined,
      recommendation: current?.recommendation ?? undefined,
      reason: current?.reason ?? "",
    },
  });
  const [removing, startRemoving] = useTransition();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const asMatrix = "As the matrix says";
  return (
    <div className="space-y-3">
      <form {...formProps} className="space-y-3" aria-label={`Override for ${label}`}>
        <FormStatus form={form} reply={reply} />
        <input {...getInputProps(fields.function, { type: "hidden" })} />
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
          <SelectField meta={fields.clinicalComplexity} label="Clinical complexity" options={SCORE_OPTIONS} placeholder={asMatrix} />
          <SelectField meta={fields.payerPolicyDependence} label="Payer-policy dependence" options={SCORE_OPTIONS} placeholder={asMatrix} />
          <SelectField meta={fields.complianceSensitivity} label="Compliance sensitivity" options={SCORE_OPTIONS} placeholder={asMatrix} />
          <SelectField meta={fields.automationPotential} label="Automation potential" options={SCORE_OPTIONS} placeholder={asMatrix} />
          <SelectField meta={fields.handlesPhi} label="Handles PHI" options={[{ value: "yes", label: "Yes" }, { value: "no", label: "No" }]} placeholder={asMatrix} />
          <SelectField meta={fields.recommendation} label="Recommendation" options={RECOMMENDATIONS.map((r) => ({ value: r, label: RECOMMENDATION_LABELS[r] }))} placeholder="By the rule" />
        </div>
        <TextareaField meta={fields.reason} label="Why your organisation departs from the matrix" hint="Shown wherever the matrix is: Methodology, evaluation scope and fit." />
        <div className="flex flex-wrap gap-2">
          <SubmitButton pending={pending} pendingLabel="Saving…">
            Save override<span className="sr-only"> for {label}</span>
          </SubmitButton>
          {current && (
            <button
              type="button"
              disabled={removing}
              onClick={() =>
                startRemoving(async () => {
                  const result = await remove({ function: fn });
                  setRemoveError(result.ok ? null : result.message);
                })
              }
              className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100 disabled:opacity-60"
            >
              {removing ? "Removing…" : "Remove override"}
              <span className="sr-only"> for {label}</span>
            </button>
          )}
        </div>
      </form>
      <p role="status" aria-live="polite" className="text-sm text-red-800">
        {removeError}
      </p>
    </div>
  );
}
