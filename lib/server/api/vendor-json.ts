import "server-only";

interface VendorRow {
  id: string;
  name: string;
  website: string | null;
  headquarters: string | null;
  description: string;
  operatingModel: string;
  aiUse: string;
  functionsServed: string[];
  fte: number | null;
  annualTurnoverRate: { toString(): string } | null;
  archivedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A vendor as /api/v1 returns it: Decimal rates as numbers (fractions), dates as ISO strings. */
export function vendorJson(vendor: VendorRow) {
  return {
    id: vendor.id,
    name: vendor.name,
    website: vendor.website,
    headquarters: vendor.headquarters,
    description: vendor.description,
    operatingModel: vendor.operatingModel,
    aiUse: vendor.aiUse,
    functionsServed: vendor.functionsServed,
    fte: vendor.fte,
    annualTurnoverRate: vendor.annualTurnoverRate === null ? null : Number(vendor.annualTurnoverRate.toString()),
    archivedAt: vendor.archivedAt?.toISOString() ?? null,
    version: vendor.version,
    createdAt: vendor.createdAt.toISOString(),
    updatedAt: vendor.updatedAt.toISOString(),
  };
}
