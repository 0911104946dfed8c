import { z } from "zod";
import { BidPricingSchema } from "@/lib/schemas/bid-pricing";
import { functionCodeSchema, uniqueFunctions } from "@/lib/schemas/evaluation";
import { fraction, nonNegative, uncertain } from "@/lib/schemas/range";
import { versionField } from "@/lib/schemas/record-version";
import { multiLine, singleLine } from "@/lib/schemas/text";
import type { PerformanceRate } from "@/lib/tco/scenario";

/** Draft: being entered, ranked but not choosable; submitted: the vendor's offer; withdrawn: leaves the ranking. */
export const BID_STATUSES = ["DRAFT", "SUBMITTED", "WITHDRAWN"] as const;
export const BidStatusSchema = z.enum(BID_STATUSES, { error: "Choose draft, submitted or withdrawn." });

const commitment = (description: string) => uncertain(fraction(), description).nullable().optional();

/** The vendor's commitments for a line; a rate left out or null is not committed, so the vendor's used metric value applies. */
export const BidCommitmentsSchema = z
  .object({
    denialRate: commitment("Committed initial denial rate (fraction)"),
    reworkRate: commitment("Committed share of denials worked (fraction)"),
    overturnRate: commitment("Committed share of worked denials recovered (fraction)"),
    codingAccuracy: commitment("Committed coding accuracy (fraction)"),
    firstPassRate: commitment("Committed first-pass payment rate (fraction)"),
  } satisfies Record<PerformanceRate, unknown>)
  .strict();
export type BidCommitments = z.infer<typeof BidCommitmentsSchema>;

/** One function a bid covers: its pricing (MODEL.md §5) and the vendor's commitments. */
export const BidLineInputSchema = z
  .object({
    function: functionCodeSchema,
    pricing: BidPricingSchema,
    commitments: BidCommitmentsSchema.default({}),
  })
  .strict();
export type BidLineInput = z.infer<typeof BidLineInputSchema>;

const bidFields = {
  vendorId: z.string({ error: "Choose the vendor." }).min(1, "Choose the vendor.").max(100, "Unknown vendor."),
  label: singleLine(z.string({ error: "Label the bid." }).trim().min(1, "Label the bid, e.g. “Initial offer”.").max(120, "The label must be at most 120 characters.")),
  status: BidStatusSchema,
  implementationFee: nonNegative(1e12).describe("One-off implementation fee, USD"),
  oversightPerMonth: nonNegative(1e12).describe("Buyer-side oversight cost per month, USD"),
  fte: nonNegative(1e6).nullable().describe("Vendor staff on the account (full-time equivalents)"),
  turnoverRate: z.number({ error: "Expected a number" }).min(0, "Cannot be negative.").max(3, "Turnover above 300 % a year is implausible.").nullable().describe("Committed annual staff turnover (fraction); null = the vendor's"),
  notes: multiLine(z.string().trim().max(2000, "Notes must be at most 2,000 characters.")),
  lines: z
    .array(BidLineInputSchema, { error: "A bid covers at least one function in scope." })
    .min(1, "A bid covers at least one function in scope.")
    .refine(uniqueFunctions, "Each function may have one line."),
};

/** A new bid as the API takes it. */
export const BidInputSchema = z
  .object({
    ...bidFields,
    status: bidFields.status.default("SUBMITTED"),
    implementationFee: bidFields.implementationFee.default(0),
    oversightPerMonth: bidFields.oversightPerMonth.default(0),
    fte: bidFields.fte.default(null),
    turnoverRate: bidFields.turnoverRate.default(null),
    notes: bidFields.notes.default(""),
  })
  .strict();
export type BidInput = z.infer<typeof BidInputSchema>;

/** An edit (PATCH): any fields and the version edited; `lines` replaces all lines. */
export const BidUpdateSchema = z.object(bidFields).partial().extend({ version: versionField }).strict();
export type BidUpdate = z.infer<typeof BidUpdateSchema>;

