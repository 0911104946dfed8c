import type { ReactNode } from "react";

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Numbers align right so their digits line up. */
  align?: "right";
  /** The cell that names the row (a th with scope="row") for screen readers. */
  rowHeader?: boolean;
  className?: string;
}

interface DataTableProps<Row> {
  /** Read by screen readers; hidden on screen where a panel heading already says it. */
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** "panel": inside a Panel; "card": a page's main table with its own border. */
  variant?: "panel" | "card";
}

/** A plain, accessible table: one header row, one row per item. */
export function DataTable<Row>({ caption, columns, rows, rowKey, variant = "panel" }: DataTableProps<Row>) {
  const card = variant === "card";
  const pad = card ? "px-3 py-2" : "py-1.5 pr-3";
  const align = (column: Column<Row>) => (column.align === "right" ? "text-right" : "text-left");
  return (
    <div className={`overflow-x-auto ${card ? "rounded-lg border border-slate-200 bg-white shadow-sm" : ""}`}>
      <table className={`min-w-full text-sm ${card ? "divide-y divide-slate-200" : ""}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className={`text-slate-600 ${card ? "bg-slate-50 font-medium text-slate-700" : ""}`}>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={`${pad} ${align(column)}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((row) => (
            <tr key={rowKey(row)} className={card ? "hover:bg-slate-50" : undefined}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.header} scope="row" className={`${pad} ${align(column)} font-medium ${column.className ?? ""}`}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} className={`${pad} ${align(column)} ${column.className ?? ""}`}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
