import { NextResponse } from "next/server";
import { validationError } from "@/lib/server/api/api-error";
import { apiRoute } from "@/lib/server/api/api-route";
import { getEvaluationResults } from "@/lib/server/evaluations/evaluation-results";
import { EvaluationResultsQuerySchema } from "@/lib/schemas/evaluation-results-query";

// Monte Carlo runs on worker threads: Node, not the edge runtime.
export const runtime = "nodejs";

type Params = { id: string };

/** An evaluation's ranking, scores, TCO and weight stability; ?monteCarlo=N adds the uncertainty. Every role may read. */
export const GET = apiRoute<Params>({ permission: "read:all" }, async ({ request, auth, params }) => {
  const query = EvaluationResultsQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) throw validationError(query.error, "The query is invalid.");
  return NextResponse.json(await getEvaluationResults(auth, params.id, { monteCarlo: query.data.monteCarlo }));
});
