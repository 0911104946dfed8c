import { apiRoute } from "@/lib/server/api/api-route";
import { getDb } from "@/lib/server/db/client";
import { csvResponse, fileDate } from "@/lib/server/exports/csv-response";
import { vendorCsvBatches } from "@/lib/server/exports/vendor-batches";
import { parseVendorListQuery } from "@/lib/schemas/vendor-list-query";
import { VENDOR_CSV_COLUMNS } from "@/lib/csv/vendor-csv";

/** GET /vendors/export?<the list's filters> — the filtered vendor list as CSV, in the import's format. */
export const GET = apiRoute({ permission: "read:all" }, async ({ request, auth }) => {
  const query = parseVendorListQuery(Object.fromEntries(request.nextUrl.searchParams));
  const db = await getDb();
  return csvResponse(`vendors-${fileDate()}.csv`, VENDOR_CSV_COLUMNS, vendorCsvBatches(db, auth.organizationId, query));
});
