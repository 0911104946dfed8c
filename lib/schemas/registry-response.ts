import { z } from "zod";
import { EvidenceItem, MeasurementBasis, MetricKey, MetricSource, VerificationLevel } from "@/lib/generated/prisma/enums";
import { CREDENTIALS, type Credential } from "@/lib/scoring/certified-staff";

const isoDateTime = z.iso.datetime({ offset: true });

/** A metric observation as /api/v1 answers it: `value` a fraction, `asOf` a calendar date. */
export const MetricObservationResponseSchema = z.object({
  id: z.string(),
  vendorId: z.string(),
  metric: z.enum(MetricKey),
  value: z.number().describe("A fraction: 0.95 = 95 %"),
  asOf: z.iso.date(),
  source: z.enum(MetricSource),
  measurementBasis: z.enum(MeasurementBasis).nullable(),
  note: z.string().nullable(),
  enteredById: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type MetricObservationResponse = z.infer<typeof MetricObservationResponseSchema>;

/** Compliance evidence as /api/v1 answers it; `expiresAt` is derived (null: never expires). */
export const ComplianceEvidenceResponseSchema = z.object({
  id: z.string(),
  vendorId: z.string(),
  item: z.enum(EvidenceItem),
  level: z.enum(VerificationLevel),
  effectiveDate: z.iso.date(),
  expiresAt: z.iso.date().nullable(),
  documentRef: z.string().nullable(),
  documentIssuer: z.string().nullable(),
  periodStart: z.iso.date().nullable(),
  periodEnd: z.iso.date().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ComplianceEvidenceResponse = z.infer<typeof ComplianceEvidenceResponseSchema>;

/** A vendor's staff certification counts and the certified share they give (version 0: never set). */
export const StaffCertificationsResponseSchema = z.object({
  asOf: z.iso.date().nullable(),
  totalStaff: z.number().int().nullable(),
  certifiedStaff: z.number().int().nullable(),
  counts: z.object(Object.fromEntries(CREDENTIALS.map((credential) => [credential, z.number().int()])) as Record<Credential, z.ZodNumber>),
  certifiedShare: z.number().nullable().describe("Certified staff ÷ total staff (fraction)"),
  certifiedShareExact: z.boolean().nullable().describe("False when certifiedStaff was estimated from the counts"),
  version: z.number().int().describe("Send it back with the next PUT; 0 when never set"),
});
export type StaffCertificationsResponse = z.infer<typeof StaffCertificationsResponseSchema>;
