import type { CellError } from "@/lib/csv/csv-cells";
import { restoreNeutralized } from "@/lib/csv/formula-guard";

export type CsvHeader<Column extends string> = { ok: true; indexOf: Partial<Record<Column, number>> } | { ok: false; errors: CellError[] };

/**
 * The first row of an imported file, read as the header: names are matched without regard to
 * case or surrounding spaces. Missing required columns, unknown and repeated ones are errors,
 * each on its column; a first row with no column name at all says the header is missing.
 */
export function readHeader<Column extends string>(record: readonly string[], columns: readonly Column[], required: readonly Column[]): CsvHeader<Column> {
  const names = record.map((cell) => cell.trim().toLowerCase());
  const known = new Set<string>(columns);
  if (!names.some((name) => known.has(name))) {
    return { ok: false, errors: [{ column: null, message: `The first row must be the header: ${columns.join(",")}.` }] };
  }
  const indexOf: Partial<Record<Column, number>> = {};
  const errors: CellError[] = [];
  names.forEach((name, index) => {
    if (name === "") return;
    if (!known.has(name)) errors.push({ column: record[index], message: `Unknown column. The columns are: ${columns.join(", ")}.` });
    else if (indexOf[name as Column] !== undefined) errors.push({ column: name, message: "This column appears twice." });
    else indexOf[name as Column] = index;
  });
  for (const column of required) {
    if (indexOf[column] === undefined) errors.push({ column, message: "The header is missing this column." });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, indexOf };
}

/** One data row as cells by column ("" for a column the file leaves out), with the export's formula guard undone. */
export function rowCells<Column extends string>(record: readonly string[], columns: readonly Column[], indexOf: Partial<Record<Column, number>>): Record<Column, string> {
  const cells = {} as Record<Column, string>;
  for (const column of columns) {
    const index = indexOf[column];
    cells[column] = index === undefined ? "" : restoreNeutralized(record[index] ?? "");
  }
  return cells;
}

/** A row of the file that holds nothing but blanks (spreadsheets leave them after the data). */
export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === "");
}
