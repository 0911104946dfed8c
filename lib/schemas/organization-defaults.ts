import { z } from "zod";
import { DEFAULT_CRITERION_KEYS, type DefaultCriterionKey } from "@/lib/scoring/criteria";
import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES, type AssumptionName } from "@/lib/tco/assumptions";
import { sameUncertain, type Uncertain } from "@/lib/tco/uncertain";
import { assumptionInput } from "@/lib/schemas/evaluation-form";
import { fraction } from "@/lib/schemas/range";
import { percentInput } from "@/lib/schemas/percent-input";
import { versionField } from "@/lib/schemas/record-version";

/** The assumptions the defaults page shows as a table: all but the claim haircut, which has its own field (MODEL.md §3). */
export const TABLE_ASSUMPTIONS = ASSUMPTION_NAMES.filter((name) => name !== "claimHaircut");

const weight = z
  .number({ error: "Enter a whole percentage." })
  .int("Enter a whole percentage.")
  .min(0, "A weight cannot be negative.")
  .max(100, "A weight cannot exceed 100 %.");

const sourceText = z.string().trim().max(300, "Keep the source under 300 characters.").optional();

/**
 * The organisation's defaults as the Settings form enters them: every assumption (a point or a
 * range) with the source of any figure that departs from MODEL.md's, the claim haircut (a single
 * percentage: MODEL.md §3 applies it as one factor), and the criterion weights in whole percent.
 */
export const OrganizationDefaultsFormSchema = z
  .object({
    version: versionField,
    assumptions: z.object(Object.fromEntries(TABLE_ASSUMPTIONS.map((name) => [name, assumptionInput(name)])) as Record<Exclude<AssumptionName, "claimHaircut">, ReturnType<typeof assumptionInput>>),
    claimHaircut: percentInput(fraction().optional()).refine((v) => v !== undefined, "Enter the claim haircut (25 % is MODEL.md's)."),
    sources: z.object(Object.fromEntries(ASSUMPTION_NAMES.map((name) => [name, sourceText])) as Record<AssumptionName, typeof sourceText>),
    weights: z
      .object(Object.fromEntries(DEFAULT_CRITERION_KEYS.map((key) => [key, weight])) as Record<DefaultCriterionKey, typeof weight>)
      .refine((w) => Object.values(w).reduce((sum, x) => sum + x, 0) === 100, "The weights must total 100 %."),
  })
  .superRefine((value, ctx) => {
    // A figure that departs from MODEL.md's must say where it comes from: the evaluations that
    // start from it show that source, and an auditor will ask.
    const values: Partial<Record<AssumptionName, Uncertain | undefined>> = { ...value.assumptions, claimHaircut: value.claimHaircut };
    for (const name of ASSUMPTION_NAMES) {
      const figure = values[name];
      if (figure === undefined || sameUncertain(figure, ASSUMPTION_DEFAULTS[name].value)) continue;
      if (!value.sources[name]) ctx.addIssue({ code: "custom", path: ["sources", name], message: "Say where this figure comes from: publisher and year, or your own analysis." });
    }
  });
export type OrganizationDefaultsFormValue = z.output<typeof OrganizationDefaultsFormSchema>;
