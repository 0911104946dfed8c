import { DataTable } from "@/components/ui/data-table";
import { formatCode, formatInteger, formatMoney, formatMoneyCents, formatPercent } from "@/lib/format";

type Num = { toString(): string };
interface ScopeRow {
  id: string;
  function: string;
  volumePerMonth: Num;
  revenuePerUnit: Num;
  baselineDenialRate: Num;
  baselineCodingAccuracy: Num;
  baselineFirstPassRate: Num;
  baselineMonthlyCost: Num;
}

export function ScopeTable({ rows }: { rows: ScopeRow[] }) {
  return (
    <DataTable
      caption="Functions in scope with today's baseline"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { header: "Function", cell: (row) => formatCode(row.function), rowHeader: true },
        { header: "Volume / month", cell: (row) => formatInteger(row.volumePerMonth), align: "right" },
        { header: "Revenue / unit", cell: (row) => formatMoneyCents(row.revenuePerUnit), align: "right" },
        { header: "Denial rate", cell: (row) => formatPercent(row.baselineDenialRate), align: "right" },
        { header: "Coding accuracy", cell: (row) => formatPercent(row.baselineCodingAccuracy), align: "right" },
        { header: "First-pass rate", cell: (row) => formatPercent(row.baselineFirstPassRate), align: "right" },
        { header: "Cost / month", cell: (row) => formatMoney(row.baselineMonthlyCost), align: "right" },
      ]}
    />
  );
}
