import type { ZodError } from "zod";
import { fractionFromPercentInput } from "@/lib/format";

/** A problem with one cell of an imported row (column null: the row as a whole). */
export interface CellError {
  column: string | null;
  message: string;
}

export type RowParse<T> = { ok: true; value: T } | { ok: false; errors: CellError[] };

/** Several codes in one cell (functions served): ";" as the export writes, "," and "|" also read. */
export function listCells(cell: string): string[] {
  return cell
    .split(/[;,|]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/**
 * A rate written as a fraction ("0.95") or as a percentage with its sign ("95 %", "95%"): the
 * fraction, rounded to the six decimals the database keeps; undefined when blank, NaN when it
 * is not a number.
 */
export function fractionFromCell(cell: string): number | undefined {
  const text = cell.trim();
  if (text === "") return undefined;
  const fraction = text.endsWith("%") ? fractionFromPercentInput(text) : Number(text.replaceAll(",", ""));
  return fraction === undefined || !Number.isFinite(fraction) ? Number.NaN : roundTo6(fraction);
}

/** A whole number ("1,200" too); undefined when blank, NaN when not a number. */
export function numberFromCell(cell: string): number | undefined {
  const text = cell.trim().replaceAll(",", "");
  if (text === "") return undefined;
  return text === "" || Number.isNaN(Number(text)) ? Number.NaN : Number(text);
}

export function roundTo6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A schema's errors as cell errors, through the field → column map; the first message per column. */
export function cellErrorsOf(error: ZodError, columnOf: Record<string, string>): CellError[] {
  const seen = new Set<string>();
  const errors: CellError[] = [];
  for (const issue of error.issues) {
    const column = columnOf[String(issue.path[0] ?? "")] ?? null;
    const key = column ?? "";
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ column, message: issue.message });
  }
  return errors;
}
