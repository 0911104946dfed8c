import { z } from "zod";
import { PRICING_MODELS } from "@/lib/tco/scenario";
import { nonNegative, uncertain } from "@/lib/schemas/range";

export const PricingModelSchema = z.enum(PRICING_MODELS, { error: `Expected one of ${PRICING_MODELS.join(", ")}` }).describe("Pricing model");
export type PricingModel = z.infer<typeof PricingModelSchema>;

/** MODEL.md §5 pricing of one bid line; which extra field is required depends on the model. */
export const BidPricingSchema = z
  .object({
    model: PricingModelSchema,
    rate: uncertain(
      nonNegative(1e9),
      "USD per hour (PER_HOUR), per FTE-month (PER_FTE_MONTH), per unit (PER_UNIT), or a fraction of collections (PERCENT_OF_COLLECTIONS, at most 1)",
    ),
    hoursPerMonth: uncertain(nonNegative(1e7), "Billed hours per month (PER_HOUR)").optional(),
    fte: uncertain(nonNegative(1e6), "Priced full-time equivalents (PER_FTE_MONTH)").optional(),
    monthlyMinimum: uncertain(nonNegative(1e12), "Minimum fees per month, USD").optional(),
  })
  .strict()
  .superRefine((pricing, ctx) => {
    if (pricing.model === "PER_HOUR" && pricing.hoursPerMonth === undefined) ctx.addIssue({ code: "custom", path: ["hoursPerMonth"], message: "Required for PER_HOUR pricing" });
    if (pricing.model === "PER_FTE_MONTH" && pricing.fte === undefined) ctx.addIssue({ code: "custom", path: ["fte"], message: "Required for PER_FTE_MONTH pricing" });
    if (pricing.model === "PERCENT_OF_COLLECTIONS") {
      const high = typeof pricing.rate === "number" ? pricing.rate : pricing.rate.high;
      if (high > 1) ctx.addIssue({ code: "custom", path: ["rate"], message: "A percent-of-collections rate is a fraction: at most 1" });
    }
  })
  .describe("Pricing of a bid line");
export type BidPricing = z.infer<typeof BidPricingSchema>;
