import { z } from "zod";
import { AiUse, HealthcareFunction, OperatingModel } from "@/lib/generated/prisma/enums";

const isoDateTime = z.iso.datetime({ offset: true });

/** A vendor as /api/v1 answers it: rates are fractions, times ISO 8601. */
export const VendorResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  website: z.string().nullable(),
  headquarters: z.string().nullable(),
  description: z.string(),
  operatingModel: z.enum(OperatingModel),
  aiUse: z.enum(AiUse),
  functionsServed: z.array(z.enum(HealthcareFunction)),
  fte: z.number().int().nullable().describe("Vendor staff on healthcare accounts (full-time equivalents)"),
  annualTurnoverRate: z.number().nullable().describe("Annual staff turnover as a fraction (0.35 = 35 % a year)"),
  archivedAt: isoDateTime.nullable().describe("Set when the vendor was archived (bids still reference it)"),
  version: z.number().int().describe("Send it back with a change; a stale one gets 409"),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type VendorResponse = z.infer<typeof VendorResponseSchema>;

/** DELETE /api/v1/vendors/{id}: whether the vendor was deleted or, referenced by bids, archived. */
export const VendorRemovalResponseSchema = z.object({
  id: z.string(),
  outcome: z.enum(["deleted", "archived"]),
});
