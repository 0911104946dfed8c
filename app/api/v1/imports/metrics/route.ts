import { apiRoute } from "@/lib/server/api/api-route";
import { importMetricObservations } from "@/lib/server/imports/import-observations";
import { handleImportRequest } from "@/lib/server/imports/import-request";

/**
 * POST /api/v1/imports/metrics[?dryRun=true] — body: a metric-observation CSV (text/csv,
 * docs/csv-import.md). Every row is written in one transaction, or none when any row has an
 * error (422 with the report); dryRun answers the preview and writes nothing.
 */
export const POST = apiRoute({ permission: "import:vendor" }, async ({ request, auth }) => handleImportRequest(request, auth, importMetricObservations));
