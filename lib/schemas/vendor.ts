import { z } from "zod";
import { AiUse, HealthcareFunction, OperatingModel } from "@/lib/generated/prisma/enums";
import { percentInput } from "@/lib/schemas/percent-input";
import { versionField } from "@/lib/schemas/record-version";
import { multiLine, singleLine } from "@/lib/schemas/text";

/** Optional text: blank (or absent, as a form sends a blank field) is stored as null. */
const optionalText = (max: number, label: string) =>
  singleLine(z.string().trim().max(max, `${label} must be at most ${max} characters.`))
    .nullish()
    .transform((value) => (value ? value : null));

// Without defaults: an edit (PATCH) must leave an absent field alone, and zod 4 applies a
// default even inside .partial(). VendorInputSchema adds the defaults for a new vendor.
const vendorFields = {
  name: singleLine(z.string({ error: "Enter the vendor's name." }).trim().min(1, "Enter the vendor's name.").max(120, "The name must be at most 120 characters.")),
  website: z
    .union([z.literal(""), singleLine(z.url({ error: "Enter a full web address, e.g. https://vendor.example.", protocol: /^https?$/ }))])
    .nullish()
    .transform((value) => (value ? value : null)),
  headquarters: optionalText(120, "Headquarters"),
  description: multiLine(z.string().trim().max(2000, "The description must be at most 2,000 characters.")),
  operatingModel: z.enum(OperatingModel, { error: "Choose an operating model." }),
  aiUse: z.enum(AiUse, { error: "Choose how the vendor uses AI." }),
  functionsServed: z
    .array(z.enum(HealthcareFunction, { error: "Unknown healthcare function." }), { error: "Choose at least one function the vendor serves." })
    .min(1, "Choose at least one function the vendor serves.")
    .refine((list) => new Set(list).size === list.length, "Each function may be listed once."),
  fte: z
    .number({ error: "FTE must be a whole number." })
    .int("FTE must be a whole number.")
    .min(0, "FTE cannot be negative.")
    .max(1_000_000, "FTE is implausibly large.")
    .nullish()
    .transform((value) => value ?? null)
    .describe("Vendor staff on healthcare accounts (full-time equivalents)"),
  annualTurnoverRate: z
    .number({ error: "Turnover must be a number." })
    .min(0, "Turnover cannot be negative.")
    .max(3, "Turnover above 300 % a year is implausible.")
    .nullish()
    .transform((value) => value ?? null)
    .describe("Annual staff turnover as a fraction (0.35 = 35 % a year)"),
};

/** A vendor's profile as forms, server actions and /api/v1/vendors take it. Rates are fractions. */
export const VendorInputSchema = z.object({
  ...vendorFields,
  description: vendorFields.description.default(""),
  aiUse: vendorFields.aiUse.default("HUMAN_IN_THE_LOOP"),
});
export type VendorInput = z.infer<typeof VendorInputSchema>;

/** An edit: any profile fields, plus the version the editor saw (optimistic concurrency). */
export const VendorUpdateSchema = z.object(vendorFields).partial().extend({ version: versionField });
export type VendorUpdate = z.infer<typeof VendorUpdateSchema>;

/** The new-vendor form: the profile, with turnover typed in percent. */
export const VendorCreateFormSchema = VendorInputSchema.extend({
  annualTurnoverRate: percentInput(vendorFields.annualTurnoverRate),
});

/** The edit form shows every field, so it replaces the whole profile at the version it loaded. */
export const VendorEditFormSchema = VendorCreateFormSchema.extend({ version: versionField });
