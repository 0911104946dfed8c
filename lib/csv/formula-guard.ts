// Spreadsheets run a cell that starts with = + - @ (or tab / CR, which some strip first) as a
// formula: a vendor named "=HYPERLINK(…)" would act when the export is opened (OWASP "CSV
// Injection"). Such cells are written with a leading apostrophe, which spreadsheets show as
// text. Our importer removes that one apostrophe again, so an export re-imports losslessly;
// a cell that itself starts with an apostrophe gets one more, so that removal is unambiguous.
const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "'"]);

/** The cell as written to an exported CSV. */
export function neutralizeFormula(cell: string): string {
  return cell !== "" && TRIGGERS.has(cell[0]) ? `'${cell}` : cell;
}

/** The cell as our importer reads it: undoes neutralizeFormula, leaves any other text alone. */
export function restoreNeutralized(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && TRIGGERS.has(cell[1]) ? cell.slice(1) : cell;
}
