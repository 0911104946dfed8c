import { z } from "zod";
import { MeasurementBasis, MetricKey, MetricSource } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/schemas/iso-date";
import { percentInput } from "@/lib/schemas/percent-input";
import { versionField } from "@/lib/schemas/record-version";
import { multiLine } from "@/lib/schemas/text";
import { MEASUREMENT_BASIS_DESCRIPTIONS, METRIC_DEFINITIONS } from "@/lib/scoring/metric-definitions";

const fields = {
  metric: z.enum(MetricKey, { error: "Choose a metric." }),
  value: z.number({ error: "Enter the value as a percentage, e.g. 95." }).min(0, "The value cannot be negative.").describe("A fraction: 0.95 = 95 %"),
  asOf: isoDate("date the figure is for", { notAfterToday: true }),
  source: z.enum(MetricSource, { error: "Choose where the figure comes from." }),
  measurementBasis: z
    .enum(MeasurementBasis, { error: "Choose how the figure was measured." })
    .nullish()
    .transform((value) => value ?? null)
    .describe("How the vendor measured it, e.g. coding accuracy at CODE, CLAIM or FINANCIAL level"),
  note: multiLine(z.string().trim().max(1000, "The note must be at most 1,000 characters."))
    .nullish()
    .transform((value) => (value ? value : null)),
};

type ObservationShape = { metric: MetricKey; value: number; measurementBasis: MeasurementBasis | null };

/** Rules across fields: the metric's plausible range and the bases it can be measured on. */
function checkAgainstMetric(input: ObservationShape, ctx: z.RefinementCtx) {
  const definition = METRIC_DEFINITIONS[input.metric];
  if (input.value > definition.max) {
    ctx.addIssue({ code: "custom", path: ["value"], message: `${definition.label} cannot be above ${definition.max * 100} %.` });
  }
  if (input.measurementBasis && !definition.bases.includes(input.measurementBasis)) {
    const allowed = definition.bases.map((basis) => MEASUREMENT_BASIS_DESCRIPTIONS[basis]).join("; ");
    ctx.addIssue({ code: "custom", path: ["measurementBasis"], message: `${definition.label} is measured as: ${allowed}.` });
  }
}

/** A metric observation as forms, the API and CSV import take it. `value` is a fraction. */
export const MetricObservationInputSchema = z.object(fields).superRefine(checkAgainstMetric);
export type MetricObservationInput = z.infer<typeof MetricObservationInputSchema>;

/** A correction replaces the whole observation, at the version the analyst loaded. */
export const MetricObservationUpdateSchema = z.object({ ...fields, version: versionField }).superRefine(checkAgainstMetric);
export type MetricObservationUpdate = z.infer<typeof MetricObservationUpdateSchema>;

/** The add form: the value typed in percent. */
export const MetricObservationFormSchema = z.object({ ...fields, value: percentInput(fields.value) }).superRefine(checkAgainstMetric);

/** The correct form. */
export const MetricObservationEditFormSchema = z.object({ ...fields, value: percentInput(fields.value), version: versionField }).superRefine(checkAgainstMetric);
