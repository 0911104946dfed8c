import { DataTable } from "@/components/ui/data-table";
import type { ImportPreviewRow, ImportReport, ImportRowStatus } from "@/lib/schemas/csv-import";

const STATUS_LABELS: Record<ImportRowStatus, { label: string; className: string }> = {
  new: { label: "New", className: "bg-emerald-50 text-emerald-800 ring-emerald-200" },
  updated: { label: "Updated", className: "bg-sky-50 text-sky-800 ring-sky-200" },
  unchanged: { label: "Unchanged", className: "bg-slate-50 text-slate-700 ring-slate-200" },
  error: { label: "Error", className: "bg-red-50 text-red-800 ring-red-200" },
};

function StatusBadge({ status }: { status: ImportRowStatus }) {
  const { label, className } = STATUS_LABELS[status];
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}>{label}</span>;
}

/** The summary, every error by row and column, and the first rows as the import reads them. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { summary } = report;
  const figures: [string, number][] = [
    ["Rows", summary.rows],
    ["New", summary.new],
    ["Updated", summary.updated],
    ["Unchanged", summary.unchanged],
    ["Errors", summary.errors],
  ];
  const errorsByRow = new Map<number, string[]>();
  for (const error of report.errors) if (error.row !== null) errorsByRow.set(error.row, [...(errorsByRow.get(error.row) ?? []), error.column ?? ""]);
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-5 gap-2" aria-label="Import summary">
        {figures.map(([label, value]) => (
          <div key={label} className={`rounded-md border px-3 py-2 ${label === "Errors" && value > 0 ? "border-red-300 bg-red-50" : "border-slate-200 bg-slate-50"}`}>
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums text-slate-900">{value.toLocaleString("en-US")}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 && (
        <section aria-labelledby="import-errors-heading">
          <h3 id="import-errors-heading" className="mb-1 text-sm font-semibold text-red-800">
            Errors ({summary.errors.toLocaleString("en-US")} {summary.errors === 1 ? "row" : "rows"})
          </h3>
          <DataTable
            caption="Errors by row and column"
            rows={report.errors.map((error, index) => ({ ...error, index }))}
            rowKey={(error) => String(error.index)}
            columns={[
              { header: "Row", cell: (error) => (error.row === null ? "File" : error.row), align: "right", className: "tabular-nums" },
              { header: "Column", cell: (error) => (error.column ? <code>{error.column}</code> : "—") },
              { header: "Problem", cell: (error) => error.message },
            ]}
          />
          {report.errorsNotShown > 0 && <p className="mt-1 text-sm text-slate-600">…and {report.errorsNotShown.toLocaleString("en-US")} more errors.</p>}
        </section>
      )}
      {report.preview.length > 0 && (
        <section aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading" className="mb-1 text-sm font-semibold text-slate-900">
            Preview {summary.rows > report.preview.length ? `(${report.preview.length.toLocaleString("en-US")} of ${summary.rows.toLocaleString("en-US")} rows: the first ones and those with errors)` : ""}
          </h3>
          <DataTable<ImportPreviewRow>
            caption="Rows of the file and what the import does with each"
            rows={report.preview}
            rowKey={(row) => String(row.row)}
            columns={[
              { header: "Row", cell: (row) => row.row, align: "right", className: "tabular-nums" },
              { header: "Status", cell: (row) => <StatusBadge status={row.status} /> },
              ...report.columns.map((column) => ({
                header: column,
                cell: (row: ImportPreviewRow) => {
                  const bad = errorsByRow.get(row.row)?.includes(column);
                  const changed = row.changed.includes(column);
                  return <span className={bad ? "rounded bg-red-100 px-1 text-red-900" : changed ? "rounded bg-sky-100 px-1" : undefined}>{row.cells[column] ?? ""}</span>;
                },
                className: "max-w-48 truncate",
              })),
            ]}
          />
        </section>
      )}
    </div>
  );
}
