/** The vendor CSV's columns, in order: what export writes and import reads (docs/csv-import.md). */
export const VENDOR_CSV_COLUMNS = [
  "name",
  "operating_model",
  "ai_use",
  "functions_served",
  "fte",
  "annual_turnover_rate",
  "website",
  "headquarters",
  "description",
] as const;
export type VendorCsvColumn = (typeof VENDOR_CSV_COLUMNS)[number];

/** Several codes in one cell (functions served). */
export const LIST_SEPARATOR = ";";

interface VendorRow {
  name: string;
  operatingModel: string;
  aiUse: string;
  functionsServed: string[];
  fte: number | null;
  annualTurnoverRate: { toString(): string } | null;
  website: string | null;
  headquarters: string | null;
  description: string;
}

/** A vendor as one CSV record: codes, fractions as stored, blanks for unknowns. */
export function vendorCsvRecord(vendor: VendorRow): Record<VendorCsvColumn, string> {
  return {
    name: vendor.name,
    operating_model: vendor.operatingModel,
    ai_use: vendor.aiUse,
    functions_served: vendor.functionsServed.join(LIST_SEPARATOR),
    fte: vendor.fte === null ? "" : String(vendor.fte),
    annual_turnover_rate: vendor.annualTurnoverRate === null ? "" : decimalText(vendor.annualTurnoverRate),
    website: vendor.website ?? "",
    headquarters: vendor.headquarters ?? "",
    description: vendor.description,
  };
}

/** A stored decimal as plain text without trailing zeros: "0.275000" → "0.275". */
export function decimalText(value: { toString(): string }): string {
  return String(Number(value.toString()));
}
