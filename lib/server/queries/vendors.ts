import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VendorListQuery } from "@/lib/schemas/vendor-list-query";
import { containsText } from "@/lib/server/queries/text-search";
import { complianceStateWhere } from "@/lib/server/queries/compliance-state-filter";

export const VENDOR_PAGE_SIZE = 20;

const orderBy: Record<VendorListQuery["sort"], (dir: "asc" | "desc") => Prisma.VendorOrderByWithRelationInput[]> = {
  name: (dir) => [{ name: dir }],
  model: (dir) => [{ operatingModel: dir }, { name: "asc" }],
  updated: (dir) => [{ updatedAt: dir }, { name: "asc" }],
  fte: (dir) => [{ fte: { sort: dir, nulls: "last" } }, { name: "asc" }],
};

/** The filter of the vendor list (page, export and API alike): the organisation's vendors, active ones unless asked. */
export function vendorListWhere(organizationId: string, query: VendorListQuery, asOf = new Date()): Prisma.VendorWhereInput {
  return {
    organizationId,
    ...(query.archived ? {} : { archivedAt: null }),
    ...(query.ai ? { aiUse: query.ai } : {}),
    ...(query.compliance ? complianceStateWhere(query.compliance, asOf) : {}),
    ...(query.q ? { name: containsText(query.q) } : {}),
    ...(query.model ? { operatingModel: query.model } : {}),
    ...(query.fn ? { functionsServed: { has: query.fn } } : {}),
  };
}

/** The list's sort, then id, so pages never overlap or skip a row between requests. */
export function vendorListOrderBy(query: VendorListQuery): Prisma.VendorOrderByWithRelationInput[] {
  return [...orderBy[query.sort](query.dir), { id: "asc" }];
}

/** One page of the organisation's vendors, filtered and sorted as the list's query string says. */
export const listVendors = cache(async (organizationId: string, query: VendorListQuery) => {
  const db = await getDb();
  const where = vendorListWhere(organizationId, query);
  const [total, vendors] = await Promise.all([
    db.vendor.count({ where }),
    db.vendor.findMany({
      where,
      orderBy: vendorListOrderBy(query),
      skip: (query.page - 1) * VENDOR_PAGE_SIZE,
      take: VENDOR_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        operatingModel: true,
        aiUse: true,
        functionsServed: true,
        fte: true,
        annualTurnoverRate: true,
        updatedAt: true,
        archivedAt: true,
        complianceEvidence: { select: { item: true, level: true, effectiveDate: true } },
        _count: { select: { bids: true } },
      },
    }),
  ]);
  return { total, vendors, pageCount: Math.max(1, Math.ceil(total / VENDOR_PAGE_SIZE)) };
});

/** A vendor with everything its page shows, or null when it is not the organisation's. */
export const getVendorDetail = cache(async (organizationId: string, vendorId: string) => {
  const db = await getDb();
  return db.vendor.findFirst({
    where: { id: vendorId, organizationId },
    include: {
      certifications: { orderBy: { credential: "asc" } },
      staffCensus: true,
      metricObservations: { orderBy: [{ metric: "asc" }, { asOf: "desc" }] },
      complianceEvidence: { orderBy: [{ item: "asc" }, { effectiveDate: "desc" }] },
      bids: {
        orderBy: { submittedAt: "desc" },
        select: { id: true, label: true, status: true, evaluation: { select: { id: true, name: true, status: true } } },
      },
    },
  });
});
