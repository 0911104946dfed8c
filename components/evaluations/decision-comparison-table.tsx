import { formatMoney } from "@/lib/format";
import type { ComparisonRow } from "@/lib/evaluation/decision-comparison";

const score = (n: number) => n.toFixed(1);

/** Each bid as decided and as today's registry data would rank it. */
export function DecisionComparisonTable({ rows }: { rows: ComparisonRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Each bid as decided and with today&apos;s data</caption>
        <thead className="text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Bid
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Rank as decided
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Rank today
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Score as decided
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Score today
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              TCO as decided
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              TCO today
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                {row.label} <span className="font-normal text-slate-500">({row.vendorName})</span>
              </th>
              <td className="py-2 pr-3 text-right tabular-nums">{row.decided.qualified ? row.decided.rank : "disqualified"}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{row.today ? (row.today.qualified ? row.today.rank : "disqualified") : "no longer ranked"}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{score(row.decided.score)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{row.today ? score(row.today.score) : "—"}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{formatMoney(row.decided.tco)}</td>
              <td className="py-2 text-right tabular-nums">{row.today ? formatMoney(row.today.tco) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
