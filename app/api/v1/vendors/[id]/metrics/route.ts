import { NextResponse } from "next/server";
import { ApiError, validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { keysetArgs, pageOf, pageQuery } from "@/lib/server/api/list-page";
import { metricObservationJson } from "@/lib/server/api/registry-json";
import { getDb } from "@/lib/server/db/client";
import { addMetricObservation } from "@/lib/server/mutations/add-metric-observation";
import { MetricObservationInputSchema } from "@/lib/schemas/metric-observation";

type Params = { id: string };

/** GET /api/v1/vendors/{id}/metrics?limit=&cursor= — the vendor's observations, newest first. */
export const GET = apiRoute<Params>({ permission: "read:all" }, async ({ request, auth, params }) => {
  const page = pageQuery(request.nextUrl.searchParams);
  const db = await getDb();
  const vendor = await db.vendor.findFirst({ where: { id: params.id, organizationId: auth.organizationId }, select: { id: true } });
  if (!vendor) throw new ApiError(404, "not_found", "Vendor not found.");
  const rows = await db.metricObservation.findMany({
    where: { vendorId: vendor.id, organizationId: auth.organizationId },
    orderBy: [{ asOf: "desc" }, { id: "asc" }],
    ...keysetArgs(page),
  });
  return NextResponse.json(pageOf(rows, page.limit, metricObservationJson));
});

/** POST /api/v1/vendors/{id}/metrics — records one observation (value a fraction); 409 when one exists for that metric, day and source. */
export const POST = apiRoute<Params>({ permission: "edit:vendor" }, async ({ request, auth, params }) => {
  const parsed = MetricObservationInputSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const observation = await addMetricObservation(await getDb(), auth, params.id, parsed.data);
  return NextResponse.json(metricObservationJson(observation), { status: 201, headers: { location: `/api/v1/metrics/${observation.id}` } });
});
