import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { runTcoRequest } from "@/lib/server/tco/run-tco-request";

// worker_threads and the 1 MB body check need Node, not the edge runtime.
export const runtime = "nodejs";

/** Stateless calculator: MODEL.md §5 on a whole scenario in the body; any signed-in role. */
export const POST = apiRoute({}, async ({ request, auth }) => {
  const body = await readJsonBody(request);
  return NextResponse.json(await runTcoRequest(body, undefined, auth.userId));
});
