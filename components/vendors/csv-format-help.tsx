import { OBSERVATION_COLUMN_HELP, VENDOR_COLUMN_HELP } from "@/lib/csv/import-format";

function ColumnList({ columns }: { columns: Record<string, { required?: boolean; help: string }> }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {Object.entries(columns).map(([column, { required, help }]) => (
        <div key={column} className="contents">
          <dt>
            <code className="font-semibold">{column}</code>
            {required && <span className="ml-1 text-xs text-slate-600">(required)</span>}
          </dt>
          <dd className="text-slate-700">{help}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The two file formats, with their templates: what docs/csv-import.md describes. */
export function CsvFormatHelp() {
  return (
    <div className="space-y-5 text-sm text-slate-700">
      <p>
        UTF-8 CSV (in Excel: <em>CSV UTF-8</em>), comma-separated, the first row the column names in any order. Codes and their labels are both accepted, in any case.
        The exports of the vendor list re-import as they are: cells an export prefixed with an apostrophe against formula injection are read back without it.
      </p>
      <section aria-labelledby="vendor-format-heading" className="space-y-2">
        <div className="flex flex-wrap items-baseline gap-3">
          <h3 id="vendor-format-heading" className="font-semibold text-slate-900">
            Vendors
          </h3>
          <a href="/vendors/import/template/vendors" download className="text-brand-800 underline">
            Download the vendor template
          </a>
        </div>
        <ColumnList columns={VENDOR_COLUMN_HELP} />
      </section>
      <section aria-labelledby="metrics-format-heading" className="space-y-2">
        <div className="flex flex-wrap items-baseline gap-3">
          <h3 id="metrics-format-heading" className="font-semibold text-slate-900">
            Metric observations
          </h3>
          <a href="/vendors/import/template/metrics" download className="text-brand-800 underline">
            Download the metrics template
          </a>
        </div>
        <ColumnList columns={OBSERVATION_COLUMN_HELP} />
        <p>
          One figure per vendor, metric, date and source: a row for one already recorded corrects it (shown as <em>updated</em>), an identical one is <em>unchanged</em>.
        </p>
      </section>
      <p>A row repeated in the file, an unknown code or column, a missing header and a file in another encoding are all listed as errors; a file with any error imports nothing.</p>
    </div>
  );
}
