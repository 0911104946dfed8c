import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/server/db/client";

const vendorName = { select: { id: true, name: true } } as const;

/** One metric observation with its vendor's name, or null when it is not the organisation's. */
export const getMetricObservation = cache(async (organizationId: string, observationId: string) => {
  const db = await getDb();
  return db.metricObservation.findFirst({ where: { id: observationId, organizationId }, include: { vendor: vendorName } });
});

/** One piece of compliance evidence with its vendor's name, or null when it is not the organisation's. */
export const getComplianceEvidence = cache(async (organizationId: string, evidenceId: string) => {
  const db = await getDb();
  return db.complianceEvidence.findFirst({ where: { id: evidenceId, organizationId }, include: { vendor: vendorName } });
});

/** A vendor's name, or null when it is not the organisation's (for the pages of its records). */
export const getVendorName = cache(async (organizationId: string, vendorId: string) => {
  const db = await getDb();
  return db.vendor.findFirst({ where: { id: vendorId, organizationId }, select: { id: true, name: true } });
});
