import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { VendorListQuery } from "@/lib/schemas/vendor-list-query";
import { vendorListWhere } from "@/lib/server/queries/vendors";
import { observationCsvRecord } from "@/lib/csv/observation-csv";

const BATCH = 1000;

/** The metric observations of the filtered vendors, by vendor, metric and date, a thousand at a time, as CSV records. */
export async function* observationCsvBatches(db: Db, organizationId: string, query: VendorListQuery) {
  const where = { organizationId, vendor: vendorListWhere(organizationId, query) };
  let cursor: string | undefined;
  for (;;) {
    const observations = await db.metricObservation.findMany({
      where,
      orderBy: [{ vendor: { name: "asc" } }, { metric: "asc" }, { asOf: "asc" }, { source: "asc" }, { id: "asc" }],
      include: { vendor: { select: { name: true } } },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (observations.length === 0) return;
    yield observations.map(observationCsvRecord);
    if (observations.length < BATCH) return;
    cursor = observations[observations.length - 1].id;
  }
}
