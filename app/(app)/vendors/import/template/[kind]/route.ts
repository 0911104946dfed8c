import { ApiError } from "@/lib/server/api/api-error";
import { apiRoute } from "@/lib/server/api/api-route";
import { csvResponse } from "@/lib/server/exports/csv-response";
import { OBSERVATION_TEMPLATE_ROWS, VENDOR_TEMPLATE_ROWS } from "@/lib/csv/import-templates";
import { OBSERVATION_CSV_COLUMNS } from "@/lib/csv/observation-csv";
import { VENDOR_CSV_COLUMNS } from "@/lib/csv/vendor-csv";

async function* once<T>(rows: T[]) {
  yield rows;
}

/** GET /vendors/import/template/vendors|metrics — the import's header and example rows, to fill in. */
export const GET = apiRoute<{ kind: string }>({ permission: "read:all" }, async ({ params }) => {
  if (params.kind === "vendors") return csvResponse("vendors-template.csv", VENDOR_CSV_COLUMNS, once(VENDOR_TEMPLATE_ROWS));
  if (params.kind === "metrics") return csvResponse("metric-observations-template.csv", OBSERVATION_CSV_COLUMNS, once(OBSERVATION_TEMPLATE_ROWS));
  throw new ApiError(404, "not_found", "There are templates for vendors and metrics.");
});
