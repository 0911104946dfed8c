import { z } from "zod";
import { fractionFromPercentInput } from "@/lib/format";
import { BidInputSchema, BidStatusSchema, type BidInput, type BidLineInput } from "@/lib/schemas/bid";
import { PricingModelSchema } from "@/lib/schemas/bid-pricing";
import { functionCodeSchema } from "@/lib/schemas/evaluation";
import { percentInput } from "@/lib/schemas/percent-input";
import { fraction } from "@/lib/schemas/range";
import { versionField } from "@/lib/schemas/record-version";
import { uncertainInput } from "@/lib/schemas/uncertain-input";
import { PERFORMANCE_RATES } from "@/lib/tco/scenario";
import type { Uncertain } from "@/lib/tco/uncertain";

const amount = (message: string) => z.number({ error: message }).min(0, "Cannot be negative.").max(1e12, "Implausibly large.");
const commitmentInput = () => uncertainInput(fraction(), { percent: true, required: false });
/** A price as the form enters it: a point or a low–likely–high range, like the API's pricing. */
const priceInput = (message: string) => uncertainInput(amount(message), { required: false, requiredMessage: message });

/**
 * One line of the bid form: every function in scope has one; only those ticked "covered" are
 * checked and saved. The rate of a percent-of-collections line is typed in percent.
 */
export const BidLineFormSchema = z
  .object({
    function: functionCodeSchema,
    covered: z.boolean().optional(),
    pricingModel: PricingModelSchema.optional(),
    rate: priceInput("Enter the rate."),
    hoursPerMonth: priceInput("Enter the billed hours per month."),
    fte: priceInput("Enter the priced FTE."),
    monthlyMinimum: priceInput("Enter the minimum monthly fee."),
    commitments: z.object({
      denialRate: commitmentInput(),
      reworkRate: commitmentInput(),
      overturnRate: commitmentInput(),
      codingAccuracy: commitmentInput(),
      firstPassRate: commitmentInput(),
    }),
  })
  .superRefine((line, ctx) => {
    if (!line.covered) return;
    const need = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!line.pricingModel) need("pricingModel", "Choose the pricing model.");
    if (line.rate === undefined) need("rate.mode", "Enter the rate.");
    if (line.pricingModel === "PER_HOUR" && line.hoursPerMonth === undefined) need("hoursPerMonth.mode", "Per-hour pricing needs the billed hours per month.");
    if (line.pricingModel === "PER_FTE_MONTH" && line.fte === undefined) need("fte.mode", "Per-FTE pricing needs the number of FTE priced.");
    if (line.pricingModel === "PERCENT_OF_COLLECTIONS" && line.rate !== undefined && highOf(line.rate) > 100) need(typeof line.rate === "number" ? "rate.mode" : "rate.high", "A share of collections is at most 100 %.");
  });
export type BidLineFormValue = z.output<typeof BidLineFormSchema>;

/** The add/edit bid form: the API's fields, turnover and commitments in percent, one line per function in scope. */
export const BidFormSchema = z.object({
  version: versionField.optional(),
  vendorId: BidInputSchema.shape.vendorId,
  label: BidInputSchema.shape.label,
  status: BidStatusSchema,
  implementationFee: amount("Enter the implementation fee (0 if none).").default(0),
  oversightPerMonth: amount("Enter your oversight cost per month (0 if none).").default(0),
  fte: z.number({ error: "Enter a number." }).min(0, "Cannot be negative.").max(1e6, "Implausibly large.").optional(),
  turnoverRate: percentInput(z.number({ error: "Enter a percentage." }).min(0, "Cannot be negative.").max(3, "Turnover above 300 % a year is implausible.").optional()),
  notes: BidInputSchema.shape.notes,
  lines: z
    .array(BidLineFormSchema)
    .refine((lines) => lines.some((line) => line.covered), "Tick at least one function this bid covers."),
});
export type BidFormValue = z.output<typeof BidFormSchema>;

const highOf = (value: Uncertain) => (typeof value === "number" ? value : value.high);

/** A share of collections typed in percent, as the fraction the API stores (each end of a range). */
function percentToFraction(value: Uncertain): Uncertain {
  const one = (n: number) => fractionFromPercentInput(String(n)) ?? 0;
  return typeof value === "number" ? one(value) : { low: one(value.low), mode: one(value.mode), high: one(value.high) };
}

function lineFromForm(line: BidLineFormValue): BidLineInput {
  const model = line.pricingModel!;
  const rate = line.rate === undefined ? 0 : model === "PERCENT_OF_COLLECTIONS" ? percentToFraction(line.rate) : line.rate;
  const commitments: BidLineInput["commitments"] = {};
  for (const key of PERFORMANCE_RATES) commitments[key] = line.commitments[key] ?? null;
  return {
    function: line.function,
    pricing: {
      model,
      rate,
      ...(model === "PER_HOUR" ? { hoursPerMonth: line.hoursPerMonth } : {}),
      ...(model === "PER_FTE_MONTH" ? { fte: line.fte } : {}),
      ...(line.monthlyMinimum !== undefined ? { monthlyMinimum: line.monthlyMinimum } : {}),
    },
    commitments,
  };
}

/** The form's value in the API's shape: the covered lines only. */
export function bidInputFromForm(form: BidFormValue): BidInput {
  return {
    vendorId: form.vendorId,
    label: form.label,
    status: form.status,
    implementationFee: form.implementationFee,
    oversightPerMonth: form.oversightPerMonth,
    fte: form.fte ?? null,
    turnoverRate: form.turnoverRate ?? null,
    notes: form.notes,
    lines: form.lines.filter((line) => line.covered).map(lineFromForm),
  };
}
