import type { Ranking } from "@/lib/evaluation/ranking";
import { RANK_ACCEPTABILITY_SPREAD } from "@/lib/evaluation/evaluate-evaluation";
import { formatPercent, formatWholePercent } from "@/lib/format";

/** For each criterion, the weights over which the leader stays first, in words and numbers. */
export function WeightStability({ ranking }: { ranking: Ranking }) {
  return (
    <section aria-labelledby="stability-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="stability-heading" className="text-base font-semibold text-slate-900">
        How stable is the leader?
      </h2>
      {!ranking.leader ? (
        <p className="mt-2 text-sm text-slate-600">No bid qualifies, so there is no leader whose position could change.</p>
      ) : (
        <>
          <p className="mb-2 mt-0.5 text-xs text-slate-600">Each range holds the other weights in proportion; outside it, another qualified bid overtakes {ranking.leader.label}.</p>
          <table className="min-w-full text-sm">
            <caption className="sr-only">Weight range over which {ranking.leader.label} stays first, per criterion</caption>
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Criterion</th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">Now</th>
                <th scope="col" className="py-1 text-right font-medium">Leader stays first from – to</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {ranking.stability.map((s) => (
                <tr key={s.key} title={s.sentence}>
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {s.label}
                    <span className="block text-xs text-slate-500">{s.sentence}</span>
                  </th>
                  <td className="py-1.5 pr-3 text-right align-top">{formatWholePercent(s.share)}</td>
                  <td className="py-1.5 text-right align-top">
                    {formatWholePercent(s.low)} – {s.high === null ? "100%" : formatWholePercent(s.high)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** Each bid's probability of ranking first when every weight varies ±25 %, as a bar with its percentage. */
export function RankAcceptability({ ranking }: { ranking: Ranking }) {
  return (
    <section aria-labelledby="acceptability-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="acceptability-heading" className="text-base font-semibold text-slate-900">
        Probability of ranking first
      </h2>
      <p className="mb-3 mt-0.5 text-xs text-slate-600">
        With every weight varied at random within ±{formatWholePercent(RANK_ACCEPTABILITY_SPREAD)} of its value: how often each bid comes out on top.
      </p>
      <ul className="space-y-2">
        {ranking.rows.map((row) => (
          <li key={row.bid.id} className="text-sm">
            <div className="flex justify-between gap-2">
              <span>{row.bid.label}</span>
              <span className="font-semibold">{row.bid.qualified ? formatPercent(row.rankAcceptability) : "— disqualified"}</span>
            </div>
            <div className="mt-1 h-2.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              <div className="h-full rounded-full bg-brand-600 print:bg-slate-700" style={{ width: `${row.rankAcceptability * 100}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
