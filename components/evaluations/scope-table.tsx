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
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Functions in scope with today&apos;s baseline</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3">Function</th>
            <th scope="col" className="py-1 pr-3 text-right">Volume / month</th>
            <th scope="col" className="py-1 pr-3 text-right">Revenue / unit</th>
            <th scope="col" className="py-1 pr-3 text-right">Denial rate</th>
            <th scope="col" className="py-1 pr-3 text-right">Coding accuracy</th>
            <th scope="col" className="py-1 pr-3 text-right">First-pass rate</th>
            <th scope="col" className="py-1 text-right">Cost / month</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="py-1.5 pr-3">{formatCode(row.function)}</td>
              <td className="py-1.5 pr-3 text-right">{formatInteger(row.volumePerMonth)}</td>
              <td className="py-1.5 pr-3 text-right">{formatMoneyCents(row.revenuePerUnit)}</td>
              <td className="py-1.5 pr-3 text-right">{formatPercent(row.baselineDenialRate)}</td>
              <td className="py-1.5 pr-3 text-right">{formatPercent(row.baselineCodingAccuracy)}</td>
              <td className="py-1.5 pr-3 text-right">{formatPercent(row.baselineFirstPassRate)}</td>
              <td className="py-1.5 text-right">{formatMoney(row.baselineMonthlyCost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
