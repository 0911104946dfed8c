import { NextResponse } from "next/server";
import { validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { decodeCursor, keysetOrderBy, keysetPage, keysetWhere, type SortKey } from "@/lib/server/api/keyset";
import { createVendor } from "@/lib/server/mutations/create-vendor";
import { VendorInputSchema } from "@/lib/schemas/vendor";
import { vendorJson } from "@/lib/server/api/vendor-json";
import { getDb } from "@/lib/server/db/client";
import { safeParseVendorListApiQuery, vendorListFilterOf, type VendorListApiQuery } from "@/lib/schemas/vendor-list-query";
import { vendorListWhere } from "@/lib/server/queries/vendors";
import type { Vendor } from "@/lib/generated/prisma/client";
import { OperatingModel } from "@/lib/generated/prisma/enums";

const byName: SortKey<Vendor>[] = [
  { field: "name", dir: "asc", valueOf: (vendor) => vendor.name },
  { field: "id", dir: "asc", valueOf: (vendor) => vendor.id },
];

/** The sort's keys, ending in name and id so that every position is unique. */
function sortKeys({ sort, dir }: VendorListApiQuery): SortKey<Vendor>[] {
  switch (sort) {
    case "name":
      return [{ ...byName[0], dir }, byName[1]];
    case "model":
      return [{ field: "operatingModel", dir, valueOf: (vendor) => vendor.operatingModel, enumOrder: Object.values(OperatingModel) }, ...byName];
    case "updated":
      return [{ field: "updatedAt", dir, valueOf: (vendor) => vendor.updatedAt, date: true }, ...byName];
    case "fte":
      return [{ field: "fte", dir, valueOf: (vendor) => vendor.fte, nullable: true }, ...byName];
  }
}

/**
 * GET /api/v1/vendors?q=&operatingModel=&function=&aiUse=&complianceState=&archived=&sort=&dir=&limit=&cursor=
 * — the caller's organisation only, in keyset pages.
 */
export const GET = apiRoute({ permission: "read:all" }, async ({ request, auth }) => {
  const parsed = safeParseVendorListApiQuery(request.nextUrl.searchParams);
  if (!parsed.success) throw validationError(parsed.error, "A query parameter is invalid.");
  const query = parsed.data;
  const keys = sortKeys(query);
  const sortName = `${query.sort}:${query.dir}`;
  const where = vendorListWhere(auth.organizationId, vendorListFilterOf(query));
  const vendors = await (await getDb()).vendor.findMany({
    where: query.cursor ? { AND: [where, keysetWhere(keys, decodeCursor(query.cursor, sortName, keys))] } : where,
    orderBy: keysetOrderBy(keys),
    take: query.limit + 1,
  });
  return NextResponse.json(keysetPage(vendors, query.limit, sortName, keys, vendorJson));
});

/** POST /api/v1/vendors — a new vendor in the caller's organisation; 409 when the name is taken. */
export const POST = apiRoute({ permission: "edit:vendor" }, async ({ request, auth }) => {
  const parsed = VendorInputSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const vendor = await createVendor(await getDb(), auth, parsed.data);
  return NextResponse.json(vendorJson(vendor), { status: 201, headers: { location: `/api/v1/vendors/${vendor.id}` } });
});
