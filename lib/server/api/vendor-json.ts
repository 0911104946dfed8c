import "server-only";
import type { AiUse, HealthcareFunction, OperatingModel } from "@/lib/generated/prisma/enums";
import type { VendorResponse } from "@/lib/schemas/vendor-response";

interface VendorRow {
  id: string;
  name: string;
  website: string | null;
  headquarters: string | null;
  description: string;
  operatingModel: OperatingModel;
  aiUse: AiUse;
  functionsServed: HealthcareFunction[];
  fte: number | null;
  annualTurnoverRate: { toString(): string } | null;
  archivedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A vendor as /api/v1 returns it (VendorResponseSchema): Decimal rates as numbers (fractions), dates as ISO strings. */
export function vendorJson(vendor: VendorRow): VendorResponse {
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
