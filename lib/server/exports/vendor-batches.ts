import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { VendorListQuery } from "@/lib/schemas/vendor-list-query";
import { vendorListOrderBy, vendorListWhere } from "@/lib/server/queries/vendors";
import { vendorCsvRecord } from "@/lib/csv/vendor-csv";

const BATCH = 1000;

/** The filtered vendor list in list order, a thousand at a time, as CSV records. */
export async function* vendorCsvBatches(db: Db, organizationId: string, query: VendorListQuery) {
  const where = vendorListWhere(organizationId, query);
  const orderBy = vendorListOrderBy(query);
  let cursor: string | undefined;
  for (;;) {
    const vendors = await db.vendor.findMany({ where, orderBy, take: BATCH, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
    if (vendors.length === 0) return;
    yield vendors.map(vendorCsvRecord);
    if (vendors.length < BATCH) return;
    cursor = vendors[vendors.length - 1].id;
  }
}
