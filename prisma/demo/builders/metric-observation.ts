import type { MetricObservation, Prisma } from "@/lib/generated/prisma/client";
import type { FactoryDb } from "./factory-db";

export type MetricObservationOverrides = Partial<Prisma.MetricObservationUncheckedCreateInput> & {
  organizationId: string;
  vendorId: string;
};

export function createMetricObservation(
  db: FactoryDb,
  overrides: MetricObservationOverrides,
): Promise<MetricObservation> {
  return db.metricObservation.create({
    data: {
      metric: "CODING_ACCURACY",
      // A fraction (MODEL.md conventions): 0.95 is the commonly cited coding-accuracy benchmark.
      value: "0.95",
      asOf: new Date(),
      source: "VENDOR_CLAIMED",
      ...overrides,
    },
  });
}
