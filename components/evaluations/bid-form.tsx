"use client";

import Link from "next/link";
import { getInputProps } from "@conform-to/react";
import { FieldError } from "@/components/ui/field-frame";
import { FormStatus } from "@/components/ui/form-status";
import { NumberField } from "@/components/ui/number-field";
import { PercentField } from "@/components/ui/percent-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { UncertainField } from "@/components/ui/uncertain-field";
import { useServerForm } from "@/components/ui/use-server-form";
import type { BidFormDefaults } from "@/components/evaluations/bid-form-defaults";
import { BID_STATUS_LABELS } from "@/components/evaluations/evaluation-status";
import type { FormReply } from "@/lib/form-reply";
import { BidFormSchema } from "@/lib/schemas/bid-form";
import { BID_STATUSES } from "@/lib/schemas/bid";
import { formatCode, formatDate, formatPercent, percentInputFromFraction } from "@/lib/format";
import { PERFORMANCE_RATES, PRICING_MODELS, type PerformanceRate } from "@/lib/tco/scenario";
import type { BidFormVendor, UsedValue } from "@/lib/server/queries/bid-form-data";

const RATE_FIELD_LABELS: Record<PerformanceRate, string> = {
  denialRate: "Denial rate",
  reworkRate: "Denials worked",
  overturnRate: "Worked denials recovered",
  codingAccuracy: "Coding accuracy",
  firstPassRate: "First-pass rate",
};

const PRICING_LABELS: Record<string, { label: string; rate: string; unit: string }> = {
  PER_HOUR: { label: "Per hour", rate: "Rate per hour", unit: "USD / hour" },
  PER_UNIT: { label: "Per unit", rate: "Rate per unit", unit: "USD / unit" },
  PERCENT_OF_COLLECTIONS: { label: "Percent of collections", rate: "Share of collections", unit: "%" },
  PER_FTE_MONTH: { label: "Per FTE-month", rate: "Rate per FTE-month", unit: "USD / FTE-month" },
};

const SOURCE_WORDS: Record<string, string> = { VENDOR_CLAIMED: "vendor's claim", REFERENCE_CHECK: "reference check", CLIENT_MEASURED: "client-measured", AUDITED: "audited" };

/** What applies when no commitment is entered: the vendor's used value with its source, else today's baseline. */
function usedWords(used: UsedValue | null, baseline: number | undefined): string {
  if (!used) return `No data from the vendor: today's ${formatPercent(baseline ?? null)} applies.`;
  const when = formatDate(new Date(`${used.asOf}T00:00:00Z`));
  if (used.haircutApplied) return `Used ${formatPercent(used.value)}: claimed ${formatPercent(used.observedValue)} (${when}), after the haircut.`;
  return `Used ${formatPercent(used.value)} (${SOURCE_WORDS[used.source] ?? used.source}, ${when}).`;
}

interface BidFormProps {
  action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;
  defaultValue: BidFormDefaults;
  functions: { function: string; label: string; baseline: Record<PerformanceRate, number> }[];
  vendors: BidFormVendor[];
  cancelHref: string;
  submitLabel: string;
}

/** Add or edit a bid: the vendor, bid-level costs and status, and per function in scope its pricing and the vendor's commitments. */
export function BidForm({ action, defaultValue, functions, vendors, cancelHref, submitLabel }: BidFormProps) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: BidFormSchema, action, defaultValue, id: "bid" });
  const vendor = vendors.find((v) => v.id === (fields.vendorId.value ?? defaultValue.vendorId));
  const baselineOf = new Map(functions.map((f) => [f.function, f]));
  return (
    <form {...formProps} className="space-y-8">
      <FormStatus form={form} reply={reply} />
      {defaultValue.version !== undefined && <input {...getInputProps(fields.version, { type: "hidden" })} />}
      <section aria-labelledby="bid-basics" className="max-w-3xl space-y-5">
        <h2 id="bid-basics" className="text-lg font-semibold text-slate-900">
          The offer
        </h2>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            meta={fields.vendorId}
            label="Vendor"
            placeholder="Choose a vendor from the registry…"
            options={vendors.map((v) => ({ value: v.id, label: `${v.name} (${formatCode(v.operatingModel)})` }))}
          />
          <TextField meta={fields.label} label="Label" placeholder="e.g. Initial offer" />
          <SelectField meta={fields.status} label="Status" options={BID_STATUSES.map((s) => ({ value: s, label: BID_STATUS_LABELS[s] }))} hint="A draft is ranked but cannot be chosen; a withdrawn bid leaves the ranking." />
          <NumberField meta={fields.implementationFee} label="Implementation fee" prefix="$" min={0} hint="One-off, at the start of the term." />
          <NumberField meta={fields.oversightPerMonth} label="Your oversight cost" prefix="$" suffix="per month" min={0} hint="Vendor management on your side." />
          <NumberField meta={fields.fte} label="Vendor staff on the account" suffix="FTE" min={0} hint="For the turnover cost; blank if not stated." />
          <PercentField meta={fields.turnoverRate} label="Committed annual staff turnover" max={300} hint="Blank: the vendor's registry figure applies." />
        </div>
        <TextareaField meta={fields.notes} label="Notes" />
      </section>

      <section aria-labelledby="bid-lines" className="space-y-4">
        <div>
          <h2 id="bid-lines" className="text-lg font-semibold text-slate-900">
            Functions in this bid
          </h2>
          <p className="text-sm text-slate-600">
            Performance is pre-filled from {vendor ? `${vendor.name}'s` : "the vendor's"} registry metrics. Enter a value only where the vendor commits to one (a single value, or low and high for a range).
          </p>
          <FieldError meta={fields.lines} />
        </div>
        {fields.lines.getFieldList().map((item) => {
          const line = item.getFieldset();
          const code = String(line.function.initialValue ?? "");
          const fn = baselineOf.get(code);
          const covered = line.covered.value === "on" || (line.covered.value === undefined && line.covered.initialValue === "on");
          const model = String(line.pricingModel.value ?? line.pricingModel.initialValue ?? "PER_UNIT");
          const pricing = PRICING_LABELS[model] ?? PRICING_LABELS.PER_UNIT;
          return (
            <fieldset key={item.key ?? item.name} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <legend className="px-1 text-base font-semibold text-slate-900">{fn?.label ?? code}</legend>
              <input {...getInputProps(line.function, { type: "hidden" })} />
              <label className="flex items-center gap-2 text-sm font-medium">
                <input {...getInputProps(line.covered, { type: "checkbox" })} className="h-4 w-4" />
                This bid covers {fn?.label.toLowerCase() ?? code}
              </label>
              <div hidden={!covered} className="mt-3 space-y-4">
                <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
                  <SelectField meta={line.pricingModel} label="Pricing model" options={PRICING_MODELS.map((m) => ({ value: m, label: PRICING_LABELS[m].label }))} />
                  <UncertainField meta={line.rate} label={pricing.rate} unit={pricing.unit} compact />
                  {model === "PER_HOUR" && <UncertainField meta={line.hoursPerMonth} label="Billed hours" unit="per month" compact />}
                  {model === "PER_FTE_MONTH" && <UncertainField meta={line.fte} label="FTE priced" unit="FTE" compact />}
                  <UncertainField meta={line.monthlyMinimum} label="Minimum monthly fee" unit="USD" hint="Blank if none." compact />
                </div>
                <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
                  {PERFORMANCE_RATES.map((rate) => {
                    const used = vendor?.used[rate] ?? null;
                    return (
                      <UncertainField
                        key={rate}
                        meta={line.commitments.getFieldset()[rate]}
                        label={`${RATE_FIELD_LABELS[rate]} committed`}
                        unit="%"
                        compact
                        placeholder={used ? percentInputFromFraction(used.value) : undefined}
                        hint={vendor ? usedWords(used, fn?.baseline[rate]) : "Choose the vendor to see its figures."}
                      />
                    );
                  })}
                </div>
              </div>
            </fieldset>
          );
        })}
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
