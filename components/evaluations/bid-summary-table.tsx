import Link from "next/link";
import { formatCode, formatMoney, formatMoneyCents, formatPercent } from "@/lib/format";

type Num = { toString(): string };
interface BidRow {
  id: string;
  label: string;
  status: string;
  implementationFee: Num;
  vendor: { id: string; name: string; operatingModel: string };
  lines: { id: string; pricingModel: string; rate: Num; denialRate: Num | null; evaluationFunction: { function: string } }[];
}

export function BidSummaryTable({ bids }: { bids: BidRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Bids and their lines</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3">Bid</th>
            <th scope="col" className="py-1 pr-3">Vendor</th>
            <th scope="col" className="py-1 pr-3">Function</th>
            <th scope="col" className="py-1 pr-3">Pricing</th>
            <th scope="col" className="py-1 pr-3 text-right">Rate</th>
            <th scope="col" className="py-1 pr-3 text-right">Denial rate</th>
            <th scope="col" className="py-1 text-right">Implementation</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {bids.flatMap((bid) =>
            bid.lines.map((line, index) => (
              <tr key={line.id}>
                <td className="py-1.5 pr-3">{index === 0 ? `${bid.label}${bid.status === "WITHDRAWN" ? " (withdrawn)" : ""}` : ""}</td>
                <td className="py-1.5 pr-3">
                  {index === 0 && (
                    <Link href={`/vendors/${bid.vendor.id}`} className="text-brand-800 hover:underline">
                      {bid.vendor.name}
                    </Link>
                  )}
                  {index === 0 && <span className="block text-xs text-slate-500">{formatCode(bid.vendor.operatingModel)}</span>}
                </td>
                <td className="py-1.5 pr-3">{formatCode(line.evaluationFunction.function)}</td>
                <td className="py-1.5 pr-3">{formatCode(line.pricingModel)}</td>
                <td className="py-1.5 pr-3 text-right">
                  {line.pricingModel === "PERCENT_OF_COLLECTIONS" ? formatPercent(line.rate) : formatMoneyCents(line.rate)}
                </td>
                <td className="py-1.5 pr-3 text-right">{formatPercent(line.denialRate)}</td>
                <td className="py-1.5 text-right">{index === 0 ? formatMoney(bid.implementationFee) : ""}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
