import { apiRoute } from "@/lib/server/api/api-route";
import { importVendors } from "@/lib/server/imports/import-vendors";
import { handleImportRequest } from "@/lib/server/imports/import-request";

/**
 * POST /api/v1/imports/vendors[?dryRun=true] — body: a vendor CSV (text/csv, docs/csv-import.md).
 * Every row is written in one transaction, or none when any row has an error (422 with the report);
 * dryRun answers the preview and writes nothing.
 */
export const POST = apiRoute({ permission: "import:vendor" }, async ({ request, auth }) => handleImportRequest(request, auth, importVendors));
