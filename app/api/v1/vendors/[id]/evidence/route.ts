import { NextResponse } from "next/server";
import { ApiError, validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { keysetArgs, pageOf, pageQuery } from "@/lib/server/api/list-page";
import { complianceEvidenceJson } from "@/lib/server/api/registry-json";
import { getDb } from "@/lib/server/db/client";
import { addComplianceEvidence } from "@/lib/server/mutations/add-compliance-evidence";
import { ComplianceEvidenceInputSchema } from "@/lib/schemas/compliance-evidence";

type Params = { id: string };

/** GET /api/v1/vendors/{id}/evidence?limit=&cursor= — the vendor's evidence records, by item, newest first. */
export const GET = apiRoute<Params>({ permission: "read:all" }, async ({ request, auth, params }) => {
  const page = pageQuery(request.nextUrl.searchParams);
  const db = await getDb();
  const vendor = await db.vendor.findFirst({ where: { id: params.id, organizationId: auth.organizationId }, select: { id: true } });
  if (!vendor) throw new ApiError(404, "not_found", "Vendor not found.");
  const rows = await db.complianceEvidence.findMany({
    where: { vendorId: vendor.id, organizationId: auth.organizationId },
    orderBy: [{ item: "asc" }, { effectiveDate: "desc" }, { id: "asc" }],
    ...keysetArgs(page),
  });
  return NextResponse.json(pageOf(rows, page.limit, complianceEvidenceJson));
});

/** POST /api/v1/vendors/{id}/evidence — records evidence (a renewal is a new record); the expiry is derived. */
export const POST = apiRoute<Params>({ permission: "edit:vendor" }, async ({ request, auth, params }) => {
  const parsed = ComplianceEvidenceInputSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const evidence = await addComplianceEvidence(await getDb(), auth, params.id, parsed.data);
  return NextResponse.json(complianceEvidenceJson(evidence), { status: 201, headers: { location: `/api/v1/evidence/${evidence.id}` } });
});
