import { z } from "zod";
import { AiUse, HealthcareFunction, OperatingModel } from "@/lib/generated/prisma/enums";
import { multiLine, singleLine } from "@/lib/schemas/text";

const optionalText = (max: number, label: string) =>
  singleLine(z.string().trim().max(max, `${label} must be at most ${max} characters.`))
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();

/** A vendor's profile as forms, server actions and /api/v1/vendors take it. Rates are fractions. */
export const VendorInputSchema = z.object({
  name: singleLine(z.string({ error: "Enter the vendor's name." }).trim().min(1, "Enter the vendor's name.").max(120, "The name must be at most 120 characters.")),
  website: z
    .union([z.literal(""), singleLine(z.url({ error: "Enter a full web address, e.g. https://vendor.example.", protocol: /^https?$/ }))])
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional(),
  headquarters: optionalText(120, "Headquarters"),
  description: multiLine(z.string().trim().max(2000, "The description must be at most 2,000 characters.")).default(""),
  operatingModel: z.enum(OperatingModel, { error: "Choose an operating model." }),
  aiUse: z.enum(AiUse, { error: "Choose how the vendor uses AI." }).default("HUMAN_IN_THE_LOOP"),
  functionsServed: z
    .array(z.enum(HealthcareFunction, { error: "Unknown healthcare function." }))
    .min(1, "Choose at least one function the vendor serves.")
    .refine((list) => new Set(list).size === list.length, "Each function may be listed once."),
  fte: z
    .number({ error: "FTE must be a whole number." })
    .int("FTE must be a whole number.")
    .min(0, "FTE cannot be negative.")
    .max(1_000_000, "FTE is implausibly large.")
    .nullable()
    .optional()
    .describe("Vendor staff on healthcare accounts (full-time equivalents)"),
  annualTurnoverRate: z
    .number({ error: "Turnover must be a number." })
    .min(0, "Turnover cannot be negative.")
    .max(3, "Turnover above 300 % a year is implausible.")
    .nullable()
    .optional()
    .describe("Annual staff turnover as a fraction (0.35 = 35 % a year)"),
});
export type VendorInput = z.infer<typeof VendorInputSchema>;

/** An edit: any profile fields, plus the version the editor saw (optimistic concurrency). */
export const VendorUpdateSchema = VendorInputSchema.partial().extend({
  version: z.number({ error: "The version you edited is required." }).int().min(1),
});
export type VendorUpdate = z.infer<typeof VendorUpdateSchema>;
