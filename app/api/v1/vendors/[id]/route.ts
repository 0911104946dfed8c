import { NextResponse } from "next/server";
import { ApiError, validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { vendorJson } from "@/lib/server/api/vendor-json";
import { getDb } from "@/lib/server/db/client";
import { updateVendor } from "@/lib/server/mutations/update-vendor";
import { removeVendor } from "@/lib/server/mutations/remove-vendor";
import { optionalVersion } from "@/lib/server/api/version-param";
import { VendorUpdateSchema } from "@/lib/schemas/vendor";

type Params = { id: string };

export const GET = apiRoute<Params>({ permission: "read:all" }, async ({ auth, params }) => {
  const db = await getDb();
  const vendor = await db.vendor.findFirst({ where: { id: params.id, organizationId: auth.organizationId } });
  if (!vendor) throw new ApiError(404, "not_found", "Vendor not found.");
  return NextResponse.json(vendorJson(vendor));
});

/** PATCH with the version you read; 409 when someone saved in between (domain errors map in apiRoute). */
export const PATCH = apiRoute<Params>({ permission: "edit:vendor" }, async ({ request, auth, params }) => {
  const parsed = VendorUpdateSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const vendor = await updateVendor(await getDb(), auth, params.id, parsed.data);
  return NextResponse.json(vendorJson(vendor));
});

/**
 * DELETE /api/v1/vendors/{id}[?version=N] — deletes a vendor no bid references; one that a bid
 * references is archived instead (never deleted). Answers which of the two happened.
 */
export const DELETE = apiRoute<Params>({ permission: "edit:vendor" }, async ({ request, auth, params }) => {
  const outcome = await removeVendor(await getDb(), auth, params.id, optionalVersion(request));
  return NextResponse.json({ id: params.id, outcome });
});
