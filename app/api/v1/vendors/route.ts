import { NextResponse } from "next/server";
import { validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { createVendor } from "@/lib/server/mutations/create-vendor";
import { VendorInputSchema } from "@/lib/schemas/vendor";
import { vendorJson } from "@/lib/server/api/vendor-json";
import { getDb } from "@/lib/server/db/client";
import { safeParseVendorListApiQuery } from "@/lib/schemas/vendor-list-query";
import { VENDOR_PAGE_SIZE, vendorListOrderBy, vendorListWhere } from "@/lib/server/queries/vendors";

/** GET /api/v1/vendors?q=&model=&fn=&sort=&dir=&page= — the caller's organisation only. */
export const GET = apiRoute({ permission: "read:all" }, async ({ request, auth }) => {
  const parsed = safeParseVendorListApiQuery(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) throw validationError(parsed.error, "A query parameter is invalid.");
  const query = parsed.data;
  const db = await getDb();
  const where = vendorListWhere(auth.organizationId, query);
  const [total, vendors] = await Promise.all([
    db.vendor.count({ where }),
    db.vendor.findMany({ where, orderBy: vendorListOrderBy(query), skip: (query.page - 1) * VENDOR_PAGE_SIZE, take: VENDOR_PAGE_SIZE }),
  ]);
  return NextResponse.json({ data: vendors.map(vendorJson), page: query.page, pageSize: VENDOR_PAGE_SIZE, total });
});

/** POST /api/v1/vendors — a new vendor in the caller's organisation; 409 when the name is taken. */
export const POST = apiRoute({ permission: "edit:vendor" }, async ({ request, auth }) => {
  const parsed = VendorInputSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const vendor = await createVendor(await getDb(), auth, parsed.data);
  return NextResponse.json(vendorJson(vendor), { status: 201, headers: { location: `/api/v1/vendors/${vendor.id}` } });
});
