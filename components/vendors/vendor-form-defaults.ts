import { percentInputFromFraction } from "@/lib/format";

/** What the vendor form shows first, in its own units: text, and turnover in percent. */
export interface VendorFormDefaults {
  name: string;
  website: string;
  headquarters: string;
  description: string;
  operatingModel: string;
  aiUse: string;
  functionsServed: string[];
  fte: string;
  annualTurnoverRate: string;
  /** Present when editing: the version the form was loaded at. */
  version?: string;
}

interface VendorRow {
  name: string;
  website: string | null;
  headquarters: string | null;
  description: string;
  operatingModel: string;
  aiUse: string;
  functionsServed: string[];
  fte: number | null;
  annualTurnoverRate: { toString(): string } | null;
  version: number;
}

export function vendorFormDefaults(vendor: VendorRow): VendorFormDefaults {
  return {
    name: vendor.name,
    website: vendor.website ?? "",
    headquarters: vendor.headquarters ?? "",
    description: vendor.description,
    operatingModel: vendor.operatingModel,
    aiUse: vendor.aiUse,
    functionsServed: vendor.functionsServed,
    fte: vendor.fte === null ? "" : String(vendor.fte),
    annualTurnoverRate: percentInputFromFraction(vendor.annualTurnoverRate),
    version: String(vendor.version),
  };
}

export const NEW_VENDOR_DEFAULTS: VendorFormDefaults = {
  name: "",
  website: "",
  headquarters: "",
  description: "",
  operatingModel: "",
  aiUse: "HUMAN_IN_THE_LOOP",
  functionsServed: [],
  fte: "",
  annualTurnoverRate: "",
};
