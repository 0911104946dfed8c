import { EmptyState } from "@/components/ui/panel";
import { formatCode, formatDate, formatPercent } from "@/lib/format";

interface ObservationRow {
  id: string;
  metric: string;
  value: { toString(): string };
  asOf: Date;
  source: string;
  measurementBasis: string | null;
}

/** Every observation, newest first within each metric, with the source it rests on. */
export function MetricHistoryTable({ observations }: { observations: ObservationRow[] }) {
  if (observations.length === 0) return <EmptyState>No metric observations yet.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3">Metric</th>
            <th scope="col" className="py-1 pr-3 text-right">Value</th>
            <th scope="col" className="py-1 pr-3">As of</th>
            <th scope="col" className="py-1 pr-3">Source</th>
            <th scope="col" className="py-1">Measured at</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {observations.map((row) => (
            <tr key={row.id}>
              <td className="py-1.5 pr-3">{formatCode(row.metric)}</td>
              <td className="py-1.5 pr-3 text-right">{formatPercent(row.value)}</td>
              <td className="py-1.5 pr-3 whitespace-nowrap">{formatDate(row.asOf)}</td>
              <td className="py-1.5 pr-3">{formatCode(row.source)}</td>
              <td className="py-1.5">{row.measurementBasis ? `${formatCode(row.measurementBasis)} level` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
