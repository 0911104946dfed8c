import { apiRoute } from "@/lib/server/api/api-route";
import { getEvaluationResults } from "@/lib/server/evaluations/evaluation-results";
import { csvResponse, fileDate } from "@/lib/server/exports/csv-response";
import { COMPARISON_COLUMNS, comparisonRows } from "@/lib/evaluation/comparison-table";

type Params = { id: string };

/**
 * GET /evaluations/{id}/comparison.csv — the comparison table, one row per ranked bid (as
 * decided, for a decided evaluation): RFC 4180, UTF-8 with a BOM, formula-looking cells neutralised.
 */
export const GET = apiRoute<Params>({ permission: "read:all" }, async ({ auth, params }) => {
  const results = await getEvaluationResults(auth, params.id);
  async function* batches() {
    yield comparisonRows(results);
  }
  return csvResponse(`comparison-${params.id}-${fileDate()}.csv`, COMPARISON_COLUMNS, batches());
});
