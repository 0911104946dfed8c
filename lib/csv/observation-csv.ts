import { codeLookup } from "@/lib/csv/code-lookup";
import { cellErrorsOf, fractionFromCell, type CellError, type RowParse } from "@/lib/csv/csv-cells";
import { decimalText } from "@/lib/csv/vendor-csv";
import { formatCode } from "@/lib/format";
import { MetricObservationInputSchema, type MetricObservationInput } from "@/lib/schemas/metric-observation";
import { isoDateText } from "@/lib/schemas/iso-date";
import { MEASUREMENT_BASES, MEASUREMENT_BASIS_LABELS, METRIC_DEFINITIONS } from "@/lib/scoring/metric-definitions";
import { METRIC_KEYS, METRIC_SOURCES } from "@/lib/scoring/metric-evidence";
import { singleLine } from "@/lib/schemas/text";
import { z } from "zod";

/** The metric-observation CSV's columns, in order: what export writes and import reads (docs/csv-import.md). */
export const OBSERVATION_CSV_COLUMNS = ["vendor", "metric", "value", "as_of", "source", "method", "notes"] as const;
export type ObservationCsvColumn = (typeof OBSERVATION_CSV_COLUMNS)[number];
export const OBSERVATION_CSV_REQUIRED: readonly ObservationCsvColumn[] = ["vendor", "metric", "value", "as_of", "source"];

interface ObservationRow {
  vendor: { name: string };
  metric: string;
  value: { toString(): string };
  asOf: Date;
  source: string;
  measurementBasis: string | null;
  note: string | null;
}

/** An observation as one CSV record: codes, the value as the stored fraction, the date as ISO 8601. */
export function observationCsvRecord(observation: ObservationRow): Record<ObservationCsvColumn, string> {
  return {
    vendor: observation.vendor.name,
    metric: observation.metric,
    value: decimalText(observation.value),
    as_of: isoDateText(observation.asOf),
    source: observation.source,
    method: observation.measurementBasis ?? "",
    notes: observation.note ?? "",
  };
}

const labelsOf = <C extends string>(codes: readonly C[]) => Object.fromEntries(codes.map((code) => [code, formatCode(code)])) as Record<C, string>;
const metrics = codeLookup(METRIC_KEYS, [labelsOf(METRIC_KEYS), Object.fromEntries(METRIC_KEYS.map((key) => [key, METRIC_DEFINITIONS[key].label]))]);
const sources = codeLookup(METRIC_SOURCES, [labelsOf(METRIC_SOURCES), { VENDOR_CLAIMED: "Claimed", CLIENT_MEASURED: "Measured", AUDITED: "Audit" }]);
const bases = codeLookup(MEASUREMENT_BASES, [MEASUREMENT_BASIS_LABELS, { HFMA_MAP_KEY: "HFMA", VENDOR_DEFINED: "Vendor" }]);

const COLUMN_OF: Record<string, ObservationCsvColumn> = { metric: "metric", value: "value", asOf: "as_of", source: "source", measurementBasis: "method", note: "notes" };

const VendorNameSchema = singleLine(z.string().trim().min(1, "Name the vendor, as it is in the registry.").max(120, "A vendor name has at most 120 characters."));

export interface ObservationRowValue {
  vendorName: string;
  input: MetricObservationInput;
}

/** One observation row of an imported file, checked by the same schema as the form and the API; the vendor is looked up by name later. */
export function parseObservationRow(cells: Record<ObservationCsvColumn, string>): RowParse<ObservationRowValue> {
  const errors: CellError[] = [];
  const vendorName = VendorNameSchema.safeParse(cells.vendor);
  if (!vendorName.success) errors.push({ column: "vendor", message: vendorName.error.issues[0].message });
  const code = <C extends string>(column: ObservationCsvColumn, lookup: { read(cell: string): C | undefined; codes: readonly C[] }) => {
    const cell = cells[column];
    if (cell.trim() === "") return undefined;
    const found = lookup.read(cell);
    if (!found) errors.push({ column, message: `"${cell.trim()}" is not one of ${lookup.codes.join(", ")}.` });
    return found;
  };
  const metric = code("metric", metrics);
  const source = code("source", sources);
  const measurementBasis = code("method", bases);
  const value = fractionFromCell(cells.value);
  if (value !== undefined && Number.isNaN(value)) errors.push({ column: "value", message: `Write the value as a number: 0.95 or 95 %, not "${cells.value.trim()}".` });
  // "95" without its % sign is most likely a percentage, not 9,500 %.
  if (value !== undefined && value > 1 && !cells.value.includes("%") && (!metric || METRIC_DEFINITIONS[metric].max <= 1)) {
    errors.push({ column: "value", message: `Write the value as a fraction (0.95) or with its percent sign (95 %), not "${cells.value.trim()}".` });
  }
  const parsed = MetricObservationInputSchema.safeParse({
    metric,
    value: value === undefined ? undefined : value,
    asOf: cells.as_of.trim() === "" ? undefined : cells.as_of.trim(),
    source,
    measurementBasis,
    note: cells.notes,
  });
  // A column whose code was unknown already has its error; the schema's is about the same cell.
  if (!parsed.success) errors.push(...cellErrorsOf(parsed.error, COLUMN_OF).filter((error) => !errors.some((known) => known.column === error.column)));
  if (errors.length > 0 || !parsed.success || !vendorName.success) return { ok: false, errors };
  return { ok: true, value: { vendorName: vendorName.data, input: parsed.data } };
}
