import { NextResponse } from "next/server";
import { ApiError, validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { getDb } from "@/lib/server/db/client";
import { readStaffCertifications, setStaffCertifications } from "@/lib/server/mutations/set-staff-certifications";
import { StaffCertificationsInputSchema } from "@/lib/schemas/staff-certifications";
import { isoDateText } from "@/lib/schemas/iso-date";
import { certifiedStaffShare, CREDENTIALS, type Credential } from "@/lib/scoring/certified-staff";

type Params = { id: string };

/** The counts, the census and the certified share they give, as /api/v1 returns them (version 0: never set). */
function certificationsJson({ census, counts }: Awaited<ReturnType<typeof readStaffCertifications>>) {
  const byCredential = Object.fromEntries(CREDENTIALS.map((credential) => [credential, counts.find((row) => row.credential === credential)?.count ?? 0])) as Record<Credential, number>;
  const share = census ? certifiedStaffShare({ totalStaff: census.totalStaff, certifiedStaff: census.certifiedStaff, counts: byCredential }) : null;
  return {
    asOf: census ? isoDateText(census.asOf) : counts[0] ? isoDateText(counts[0].asOf) : null,
    totalStaff: census?.totalStaff ?? null,
    certifiedStaff: census?.certifiedStaff ?? null,
    counts: byCredential,
    certifiedShare: share?.share ?? null,
    certifiedShareExact: share?.exact ?? null,
    version: census?.version ?? 0,
  };
}

async function ownVendor(organizationId: string, vendorId: string) {
  const db = await getDb();
  const vendor = await db.vendor.findFirst({ where: { id: vendorId, organizationId }, select: { id: true } });
  if (!vendor) throw new ApiError(404, "not_found", "Vendor not found.");
  return db;
}

/** GET /api/v1/vendors/{id}/certifications */
export const GET = apiRoute<Params>({ permission: "read:all" }, async ({ auth, params }) => {
  const db = await ownVendor(auth.organizationId, params.id);
  return NextResponse.json(certificationsJson(await readStaffCertifications(db, params.id)));
});

/** PUT /api/v1/vendors/{id}/certifications — replaces the counts and staff total as of a date, at `version` (0 the first time). */
export const PUT = apiRoute<Params>({ permission: "edit:vendor" }, async ({ request, auth, params }) => {
  const parsed = StaffCertificationsInputSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  return NextResponse.json(certificationsJson(await setStaffCertifications(await getDb(), auth, params.id, parsed.data)));
});
