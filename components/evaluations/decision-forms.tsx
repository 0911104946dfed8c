"use client";

import { getInputProps } from "@conform-to/react";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useServerForm } from "@/components/ui/use-server-form";
import type { FormReply } from "@/lib/form-reply";
import { MIN_RATIONALE_LENGTH, RecordDecisionSchema, ReopenEvaluationSchema, ReviewDecisionSchema } from "@/lib/schemas/evaluation-decision";

type Action = (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;

/** Procurement records the chosen bid and why; only submitted bids that pass the gates are offered. */
export function RecordDecisionForm({ action, version, bids }: { action: Action; version: number; bids: { id: string; label: string }[] }) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: RecordDecisionSchema, action, defaultValue: { version: String(version), bidId: "", rationale: "" }, id: "record-decision" });
  const length = String(fields.rationale.value ?? "").trim().length;
  return (
    <form {...formProps} className="max-w-2xl space-y-4">
      <FormStatus form={form} reply={reply} />
      <input {...getInputProps(fields.version, { type: "hidden" })} />
      <SelectField meta={fields.bidId} label="Chosen bid" placeholder="Choose the bid…" options={bids.map((b) => ({ value: b.id, label: b.label }))} />
      <TextareaField
        meta={fields.rationale}
        label="Rationale"
        rows={5}
        hint={`Why this bid, on which evidence: at least ${MIN_RATIONALE_LENGTH} characters (${length} so far). It goes on the report.`}
      />
      <SubmitButton pending={pending} pendingLabel="Recording…">
        Record decision
      </SubmitButton>
    </form>
  );
}

/** The Executive approves the recorded decision, or returns it to Procurement with a comment. */
export function ReviewDecisionForm({ action, version }: { action: Action; version: number }) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: ReviewDecisionSchema, action, defaultValue: { version: String(version), comment: "" }, id: "review-decision" });
  return (
    <form {...formProps} className="max-w-2xl space-y-4">
      <FormStatus form={form} reply={reply} />
      <input {...getInputProps(fields.version, { type: "hidden" })} />
      <TextareaField meta={fields.comment} label="Comment" rows={3} hint="Optional when you approve; required when you return the decision (say what must change)." />
      <div className="flex gap-3">
        <button type="submit" name={fields.outcome.name} value="APPROVE" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? "Saving…" : "Approve decision"}
        </button>
        <button type="submit" name={fields.outcome.name} value="RETURN" disabled={pending} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60">
          Return to Procurement
        </button>
      </div>
    </form>
  );
}

/** Procurement reopens a decided or approved evaluation, saying why. */
export function ReopenEvaluationForm({ action, version, approved }: { action: Action; version: number; approved: boolean }) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: ReopenEvaluationSchema, action, defaultValue: { version: String(version), comment: "" }, id: "reopen-evaluation" });
  return (
    <form {...formProps} className="max-w-2xl space-y-4">
      <FormStatus form={form} reply={reply} />
      <input {...getInputProps(fields.version, { type: "hidden" })} />
      <TextareaField meta={fields.comment} label="Why reopen?" rows={3} hint={`Reopening clears the decision${approved ? " and its approval" : ""}; both stay in the history.`} />
      <SubmitButton pending={pending} pendingLabel="Reopening…" variant="secondary">
        Reopen evaluation
      </SubmitButton>
    </form>
  );
}
