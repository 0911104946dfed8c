import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { CellError, RowParse } from "@/lib/csv/csv-cells";
import { isBlankRecord, readHeader, rowCells } from "@/lib/csv/csv-header";
import { IMPORT_ERRORS_SHOWN, IMPORT_PREVIEW_ROWS, type ImportError, type ImportKind, type ImportPreviewRow, type ImportReport } from "@/lib/schemas/csv-import";
import { CsvFileError, IMPORT_MAX_ROWS } from "@/lib/server/imports/csv-records";

export type Tx = Prisma.TransactionClient;

/** A valid row of the file and what it holds. */
export interface ParsedRow<Value> {
  row: number;
  value: Value;
}

/** What importing one valid row does: nothing, a new record, or an update of these columns; or an error only the database can find (an unknown vendor). */
export type RowPlan = { status: "new" } | { status: "unchanged" } | { status: "updated"; changed: string[] } | { status: "error"; errors: CellError[] };

/** One kind of import: how to read a row, which rows are the same record, and how to write them. */
export interface ImportDefinition<Column extends string, Value, Resolved> {
  kind: ImportKind;
  columns: readonly Column[];
  required: readonly Column[];
  parseRow(cells: Record<Column, string>): RowParse<Value>;
  /** Rows with the same key are the same record: a second one is a duplicate. */
  keyOf(value: Value): string;
  /** The key's columns, where a duplicate is reported. */
  keyColumn: Column;
  /** Looks the rows up in the caller's organisation and plans each one. */
  resolve(tx: Tx, auth: AuthContext, rows: ParsedRow<Value>[]): Promise<{ plans: RowPlan[]; resolved: Resolved }>;
  /** Writes the new and updated rows with one audit event each, in the transaction. */
  write(tx: Tx, auth: AuthContext, rows: ParsedRow<Value>[], plans: RowPlan[], resolved: Resolved): Promise<void>;
}

// A preview shows the start of a long cell; the whole of it would only weigh on the answer.
const PREVIEW_CELL_CHARS = 200;
const shortened = <Column extends string>(cells: Record<Column, string>) =>
  Object.fromEntries(Object.entries<string>(cells).map(([column, cell]) => [column, cell.length > PREVIEW_CELL_CHARS ? `${cell.slice(0, PREVIEW_CELL_CHARS)}…` : cell])) as Record<Column, string>;

// 100,000 rows take seconds to write; Prisma's default 5 s would cut the transaction short.
const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

/**
 * Reads a CSV file streamed record by record, checks every row with the shared schema and
 * against the registry, and, unless it is a dry run or any row has an error, writes every
 * row in one transaction: all rows or none.
 */
export async function runImport<Column extends string, Value, Resolved>(
  db: Db,
  auth: AuthContext,
  definition: ImportDefinition<Column, Value, Resolved>,
  records: AsyncIterable<string[]>,
  options: { dryRun: boolean },
): Promise<ImportReport> {
  const errors: ImportError[] = [];
  let errorRows = 0;
  const rows: ParsedRow<Value>[] = [];
  // Cells are kept only for the rows the preview shows.
  const previewCells = new Map<number, Record<Column, string>>();
  const rowErrors = new Map<number, CellError[]>();
  const firstRowOf = new Map<string, number>();
  let indexOf: Partial<Record<Column, number>> | null = null;
  let rowNumber = 0;
  let dataRows = 0;

  const addRowErrors = (row: number, cells: Record<Column, string> | null, found: CellError[]) => {
    errorRows += 1;
    rowErrors.set(row, found);
    if (cells && previewCells.size < IMPORT_PREVIEW_ROWS + IMPORT_ERRORS_SHOWN) previewCells.set(row, shortened(cells));
    for (const error of found) errors.push({ row, column: error.column, message: error.message });
  };

  try {
    for await (const record of records) {
      rowNumber += 1;
      if (indexOf === null) {
        const header = readHeader(record, definition.columns, definition.required);
        if (!header.ok) {
          addRowErrors(1, null, header.errors);
          break;
        }
        indexOf = header.indexOf;
        continue;
      }
      if (isBlankRecord(record)) continue;
      dataRows += 1;
      if (dataRows > IMPORT_MAX_ROWS) throw new CsvFileError(`The file has more than ${IMPORT_MAX_ROWS.toLocaleString("en-US")} rows. Split it into smaller files and import them one after the other.`, rowNumber);
      const cells = rowCells(record, definition.columns, indexOf);
      const parsed = definition.parseRow(cells);
      if (!parsed.ok) {
        addRowErrors(rowNumber, cells, parsed.errors);
        continue;
      }
      const key = definition.keyOf(parsed.value);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        addRowErrors(rowNumber, cells, [{ column: definition.keyColumn, message: `Duplicate of row ${first}: the same record appears twice.` }]);
        continue;
      }
      firstRowOf.set(key, rowNumber);
      if (rowNumber <= IMPORT_PREVIEW_ROWS + 1) previewCells.set(rowNumber, shortened(cells));
      rows.push({ row: rowNumber, value: parsed.value });
    }
    if (indexOf === null && errors.length === 0) throw new CsvFileError("The file is empty: it needs a header row and at least one row of data.");
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    errorRows += 1;
    errors.push({ row: error.line, column: null, message: error.message });
  }
  if (indexOf !== null && dataRows === 0 && errors.length === 0) {
    errorRows += 1;
    errors.push({ row: null, column: null, message: "The file has a header but no rows of data." });
  }

  const counts = { new: 0, updated: 0, unchanged: 0 };
  const changedOf = new Map<number, string[]>();
  const statusOf = new Map<number, ImportPreviewRow["status"]>();
  let committed = false;
  await db.$transaction(
    async (tx) => {
      const { plans, resolved } = await definition.resolve(tx, auth, rows);
      plans.forEach((plan, index) => {
        const { row } = rows[index];
        if (plan.status === "error") {
          addRowErrors(row, previewCells.get(row) ?? null, plan.errors);
          return;
        }
        counts[plan.status] += 1;
        if (previewCells.has(row)) statusOf.set(row, plan.status);
        if (plan.status === "updated") changedOf.set(row, plan.changed);
      });
      if (options.dryRun || errors.length > 0) return;
      await definition.write(tx, auth, rows, plans, resolved);
      committed = true;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
  );

  // File order: by row, then by column as the file's columns go.
  const columnRank = (column: string | null) => (column === null ? -1 : definition.columns.indexOf(column as Column));
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnRank(a.column) - columnRank(b.column));
  return {
    kind: definition.kind,
    dryRun: options.dryRun,
    committed,
    columns: [...definition.columns],
    summary: { rows: dataRows, ...counts, errors: errorRows },
    errors: errors.slice(0, IMPORT_ERRORS_SHOWN),
    errorsNotShown: Math.max(0, errors.length - IMPORT_ERRORS_SHOWN),
    preview: [...previewCells.entries()]
      .sort(([a], [b]) => a - b)
      .map(([row, cells]) => ({ row, status: rowErrors.has(row) ? "error" : (statusOf.get(row) ?? "new"), cells, changed: changedOf.get(row) ?? [] })),
  };
}
