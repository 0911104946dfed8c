import type { RankingRow } from "@/lib/evaluation/ranking";
import { formatCode, formatMoney, formatMoneyCents, formatPercent } from "@/lib/format";

/** Score out of 100 with a bar, so a glance shows the gaps between bids. */
function ScoreCell({ score }: { score: number }) {
  return (
    <div className="flex items-center justify-end gap-2">
      <span aria-hidden="true" className="hidden h-2 w-20 overflow-hidden rounded-full bg-slate-100 sm:block">
        <span className="block h-full rounded-full bg-brand-600" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
      <span className="w-10 text-right font-semibold">{score.toFixed(1)}</span>
    </div>
  );
}

/**
 * The ranking, one row per bid: qualified bids by score, then the disqualified ones with the
 * reason. Each bid links to its fit and data notes below.
 */
export function RankingTable({ rows, termMonths }: { rows: RankingRow[]; termMonths: number }) {
  const ranked = rows.filter((r) => r.bid.qualified);
  const disqualified = rows.filter((r) => !r.bid.qualified);
  const head = "px-3 py-2 text-left font-medium";
  const num = "px-3 py-2 text-right";
  const row = (r: RankingRow) => {
    const issues = r.bid.notes.length;
    return (
      <tr key={r.bid.id} className={r.bid.qualified ? "" : "bg-red-50/40"} data-bid-label={r.bid.label}>
        <td className="px-3 py-2 text-center font-semibold">{r.bid.qualified ? r.rank : "—"}</td>
        <th scope="row" className="px-3 py-2 text-left font-medium">
          <a href={`#bid-${r.bid.id}`} className="text-brand-800 hover:underline">
            {r.bid.label}
          </a>
          <span className="block text-xs font-normal text-slate-500">
            {r.bid.vendor.name} · {formatCode(r.bid.vendor.operatingModel)}
          </span>
          {!r.bid.qualified && <span className="mt-1 block text-xs font-normal text-red-800">{r.bid.disqualificationReasons.join(" ")}</span>}
          {r.bid.qualified && issues > 0 && (
            <a href={`#bid-${r.bid.id}`} className="mt-1 inline-block rounded bg-amber-50 px-1.5 py-0.5 text-xs font-normal text-amber-800 hover:underline">
              {issues} data {issues === 1 ? "note" : "notes"}
            </a>
          )}
        </th>
        <td className={num}>
          <ScoreCell score={r.score} />
        </td>
        <td className={num}>{r.bid.auditDefensibility.toFixed(0)}</td>
        <td className={num}>{formatPercent(r.bid.nrr)}</td>
        <td className={num}>{formatMoney(r.bid.tco)}</td>
        <td className={num}>{formatMoneyCents(r.bid.tcoPerUnit)}</td>
        <td className={num}>{r.bid.paybackMonth === null ? <span className="text-slate-500">Not within {termMonths} months</span> : `Month ${r.bid.paybackMonth}`}</td>
      </tr>
    );
  };
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" aria-describedby="ranking-note">
        <caption className="sr-only">Bids ranked by weighted score; disqualified bids last</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={`${head} text-center`}>Rank</th>
            <th scope="col" className={head}>Bid and vendor</th>
            <th scope="col" className={`${head} text-right`}>Weighted score</th>
            <th scope="col" className={`${head} text-right`}>
              <abbr title="Audit defensibility, 0–100 (MODEL.md §4)">Audit def.</abbr>
            </th>
            <th scope="col" className={`${head} text-right`}>
              <abbr title="Net revenue realization: 1 − TCO ÷ expected revenue">NRR</abbr>
            </th>
            <th scope="col" className={`${head} text-right`}>TCO over the term</th>
            <th scope="col" className={`${head} text-right`}>TCO per unit</th>
            <th scope="col" className={`${head} text-right`}>Payback</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {ranked.map(row)}
          {disqualified.length > 0 && (
            <tr>
              <th scope="rowgroup" colSpan={8} className="bg-red-50 px-3 py-1.5 text-left text-xs font-semibold uppercase tracking-wide text-red-800">
                Disqualified: shown for comparison, cannot win
              </th>
            </tr>
          )}
          {disqualified.map(row)}
        </tbody>
      </table>
    </div>
  );
}
