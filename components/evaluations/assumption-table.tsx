import { formatUncertainAssumption } from "@/components/evaluations/assumption-format";
import { DataTable } from "@/components/ui/data-table";
import type { AssumptionRow } from "@/lib/evaluation/assumption-sources";

/** The assumptions a result used: value or low – likely – high range, in its unit, with its source. */
export function AssumptionTable({ rows }: { rows: AssumptionRow[] }) {
  return (
    <DataTable
      caption="Assumptions with their sources"
      rows={rows}
      rowKey={(row) => row.name}
      columns={[
        { header: "Assumption", rowHeader: true, cell: (row) => row.label },
        { header: "Value", cell: (row) => formatUncertainAssumption(row.name, row.value) },
        { header: "Source", cell: (row) => <span className="text-xs">{row.source}</span> },
      ]}
    />
  );
}
