/** MODEL.md §5, month m of one line; the engine in lib/tco computes exactly these terms. */
const FORMULAS: [string, string][] = [
  ["Ramp", "w = min(m / rampMonths, 1); each rate x_m = baseline_x + w × (bid_x − baseline_x)"],
  ["Denials", "V × d_m"],
  ["Rework cost", "denials × r_m × reworkCostPerDenial"],
  ["Write-offs", "denials × (1 − r_m × o_m) × A"],
  ["Under-coding leakage", "V × (1 − q_m) × undercodeShare × undercodeLoss × A"],
  ["Audit exposure", "V × (1 − q_m) × (1 − undercodeShare) × auditRate / 12 × recoupmentMultiplier × A"],
  ["Delay cost", "V × (1 − p_m) × A × costOfCapital × delayDays / 365"],
  ["Collected", "V × A − write-offs − leakage − audit exposure"],
  ["Fees", "per hour: rate × hours; per FTE-month: rate × FTE; per unit: rate × V; % of collections: rate × collected; never below the monthly minimum"],
  ["Turnover cost", "fte × turnoverRate / 12 × departureCost"],
  ["Compliance risk", "(breachProbAtZero − (breachProbAtZero − breachProbAtFull) × maturity) × breachCost / 12"],
  ["TCO", "Σ months of (line costs + turnover + compliance risk + oversight), plus the implementation fee in month 1"],
  ["Partial bids", "a function in scope that a bid has no line for stays with today's arrangement: its baseline cost is part of the bid's TCO"],
  ["Net revenue realization", "1 − TCO / (T × Σ V × A)"],
  ["Payback month", "the first month at which the cumulative (baseline cost − bid cost) ≥ 0"],
];

export function TcoFormulas() {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {FORMULAS.map(([term, formula]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd className="font-mono text-xs text-slate-800 sm:text-sm">{formula}</dd>
        </div>
      ))}
    </dl>
  );
}
