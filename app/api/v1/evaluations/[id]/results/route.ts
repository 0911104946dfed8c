import { NextResponse } from "next/server";
import { ApiError, validationError } from "@/lib/server/api/api-error";
import { apiRoute } from "@/lib/server/api/api-route";
import { NotFoundError } from "@/lib/server/domain-errors";
import { getEvaluationResults } from "@/lib/server/evaluations/evaluation-results";
import { EvaluationResultsQuerySchema } from "@/lib/schemas/evaluation-results-query";

// Monte Carlo runs on worker threads: Node, not the edge runtime.
export const runtime = "nodejs";

type Params = { id: string };

/** An evaluation's ranking, scores, TCO and weight stability; ?monteCarlo=N adds the uncertainty. Every role may read. */
export const GET = apiRoute<Params>({ permission: "read:all" }, async ({ request, auth, params }) => {
  const query = EvaluationResultsQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) throw validationError(query.error, "The query is invalid.");
  try {
    return NextResponse.json(await getEvaluationResults(auth, params.id, { monteCarlo: query.data.monteCarlo }));
  } catch (error) {
    if (error instanceof NotFoundError) throw new ApiError(404, "not_found", error.message);
    throw error;
  }
});
