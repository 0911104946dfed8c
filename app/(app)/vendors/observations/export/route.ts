import { apiRoute } from "@/lib/server/api/api-route";
import { getDb } from "@/lib/server/db/client";
import { csvResponse, fileDate } from "@/lib/server/exports/csv-response";
import { observationCsvBatches } from "@/lib/server/exports/observation-batches";
import { parseVendorListQuery } from "@/lib/schemas/vendor-list-query";
import { OBSERVATION_CSV_COLUMNS } from "@/lib/csv/observation-csv";

/** GET /vendors/observations/export?<the list's filters> — the listed vendors' metric observations as CSV, in the import's format. */
export const GET = apiRoute({ permission: "read:all" }, async ({ request, auth }) => {
  const query = parseVendorListQuery(Object.fromEntries(request.nextUrl.searchParams));
  const db = await getDb();
  return csvResponse(`metric-observations-${fileDate()}.csv`, OBSERVATION_CSV_COLUMNS, observationCsvBatches(db, auth.organizationId, query));
});
