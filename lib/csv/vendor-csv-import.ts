import { codeLookup } from "@/lib/csv/code-lookup";
import { cellErrorsOf, fractionFromCell, listCells, numberFromCell, type CellError, type RowParse } from "@/lib/csv/csv-cells";
import type { VendorCsvColumn } from "@/lib/csv/vendor-csv";
import { formatCode } from "@/lib/format";
import { VendorInputSchema, type VendorInput } from "@/lib/schemas/vendor";
import { DECISION_MATRIX_FACTORS, HEALTHCARE_FUNCTIONS } from "@/lib/scoring/healthcare-function";
import { AI_USES, OPERATING_MODELS } from "@/lib/scoring/operating-model";

/** Columns a vendor file must have; the others may be left out (blank). */
export const VENDOR_CSV_REQUIRED: readonly VendorCsvColumn[] = ["name", "operating_model", "functions_served"];

const labelsOf = <C extends string>(codes: readonly C[]) => Object.fromEntries(codes.map((code) => [code, formatCode(code)])) as Record<C, string>;
const FUNCTION_LABELS = Object.fromEntries(HEALTHCARE_FUNCTIONS.map((code) => [code, DECISION_MATRIX_FACTORS[code].label])) as Record<(typeof HEALTHCARE_FUNCTIONS)[number], string>;

const operatingModels = codeLookup(OPERATING_MODELS, [labelsOf(OPERATING_MODELS)]);
const aiUses = codeLookup(AI_USES, [labelsOf(AI_USES)]);
const functions = codeLookup(HEALTHCARE_FUNCTIONS, [labelsOf(HEALTHCARE_FUNCTIONS), FUNCTION_LABELS]);

const COLUMN_OF: Record<string, VendorCsvColumn> = {
  name: "name",
  operatingModel: "operating_model",
  aiUse: "ai_use",
  functionsServed: "functions_served",
  fte: "fte",
  annualTurnoverRate: "annual_turnover_rate",
  website: "website",
  headquarters: "headquarters",
  description: "description",
};

const unknownCode = (column: VendorCsvColumn, cell: string, codes: readonly string[]): CellError => ({ column, message: `"${cell.trim()}" is not one of ${codes.join(", ")}.` });

/** One vendor row of an imported file, checked by the same schema as the form and the API. */
export function parseVendorRow(cells: Record<VendorCsvColumn, string>): RowParse<VendorInput> {
  const errors: CellError[] = [];
  const code = <C extends string>(column: VendorCsvColumn, lookup: { read(cell: string): C | undefined; codes: readonly C[] }) => {
    const cell = cells[column];
    if (cell.trim() === "") return undefined;
    const found = lookup.read(cell);
    if (!found) errors.push(unknownCode(column, cell, lookup.codes));
    return found;
  };
  const operatingModel = code("operating_model", operatingModels);
  const aiUse = code("ai_use", aiUses);
  const functionCells = listCells(cells.functions_served);
  const functionsServed = functionCells.map((cell) => functions.read(cell));
  const unknownFunction = functionCells.find((_, index) => !functionsServed[index]);
  if (unknownFunction !== undefined) errors.push(unknownCode("functions_served", unknownFunction, HEALTHCARE_FUNCTIONS));

  const parsed = VendorInputSchema.safeParse({
    name: cells.name,
    operatingModel,
    aiUse,
    functionsServed,
    fte: numberFromCell(cells.fte) ?? null,
    annualTurnoverRate: fractionFromCell(cells.annual_turnover_rate) ?? null,
    website: cells.website,
    headquarters: cells.headquarters,
    description: cells.description,
  });
  // A column whose code was unknown already has its error; the schema's is about the same cell.
  if (!parsed.success) errors.push(...cellErrorsOf(parsed.error, COLUMN_OF).filter((error) => !errors.some((known) => known.column === error.column)));
  return errors.length > 0 || !parsed.success ? { ok: false, errors } : { ok: true, value: parsed.data };
}
