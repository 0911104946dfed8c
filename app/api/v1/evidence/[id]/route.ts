import { NextResponse } from "next/server";
import { ApiError, validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { complianceEvidenceJson, patchable } from "@/lib/server/api/registry-json";
import { optionalVersion } from "@/lib/server/api/version-param";
import { getDb } from "@/lib/server/db/client";
import { removeComplianceEvidence } from "@/lib/server/mutations/remove-compliance-evidence";
import { updateComplianceEvidence } from "@/lib/server/mutations/update-compliance-evidence";
import { ComplianceEvidenceUpdateSchema } from "@/lib/schemas/compliance-evidence";

type Params = { id: string };

/** PATCH /api/v1/evidence/{id} — any fields plus the `version` you read; validated as a whole; 409 when stale. */
export const PATCH = apiRoute<Params>({ permission: "edit:vendor" }, async ({ request, auth, params }) => {
  const body = await readJsonBody(request);
  const db = await getDb();
  const current = await db.complianceEvidence.findFirst({ where: { id: params.id, organizationId: auth.organizationId } });
  if (!current) throw new ApiError(404, "not_found", "Compliance evidence not found.");
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new ApiError(400, "validation_failed", "The request body must be a JSON object.", { "(body)": "Must be a JSON object." });
  const parsed = ComplianceEvidenceUpdateSchema.safeParse({ ...patchable(complianceEvidenceJson(current)), version: undefined, ...body });
  if (!parsed.success) throw validationError(parsed.error);
  return NextResponse.json(complianceEvidenceJson(await updateComplianceEvidence(db, auth, params.id, parsed.data)));
});

/** DELETE /api/v1/evidence/{id}[?version=N] */
export const DELETE = apiRoute<Params>({ permission: "edit:vendor" }, async ({ request, auth, params }) => {
  await removeComplianceEvidence(await getDb(), auth, params.id, optionalVersion(request));
  return new NextResponse(null, { status: 204 });
});
