import {
  baselineMonthlyCost,
  CONSTANT_COUNT,
  createWorkspace,
  deriveConstants,
  evaluateBidCost,
  monthlySeries,
  paybackMonth,
} from "@/lib/tco/bid-kernel";
import type { CompiledScenario } from "@/lib/tco/compile-scenario";
import { netRevenueRealization, termTotals } from "@/lib/tco/evaluate-deterministic";
import { paybackPercentiles, percentilesOf } from "@/lib/tco/percentiles";
import { hashString, Xoshiro128 } from "@/lib/tco/random";
import type { BidUncertainty, CumulativeBand } from "@/lib/tco/tco-result";

/** MODEL.md §5 default iteration count. */
export const DEFAULT_MONTE_CARLO_ITERATIONS = 5000;

export interface MonteCarloOptions {
  iterations: number;
  /** 32-bit integer stored with the evaluation: same seed, same numbers. */
  seed: number;
  /** Keep each iteration's TCO and units (for rank acceptability); costs 8 bytes × iterations × (bids + 1). */
  keepDraws?: boolean;
  /** Also give P10/P50/P90 of each bid's cumulative net benefit, month by month (for the payback chart's band). */
  cumulativeBands?: boolean;
}

/**
 * At most this many stored values (iterations × months × bids) for the cumulative bands, 32 MB:
 * past it the bands come from the first iterations only, an unbiased sample of the same draws.
 */
export const BAND_VALUE_BUDGET = 4_000_000;

/** How many iterations the cumulative bands are drawn from (all of them unless the budget says fewer). */
export function bandSampleSize(iterations: number, termMonths: number, bids: number): number {
  if (bids === 0) return 0;
  return Math.min(iterations, Math.max(100, Math.floor(BAND_VALUE_BUDGET / (termMonths * bids))));
}

export interface MonteCarloDraws {
  /** tco[b][i]: bid b's TCO (USD) in iteration i. */
  tco: Float64Array[];
  /** units[i]: T × Σ V in iteration i. */
  units: Float64Array;
}

export interface MonteCarloResult {
  bids: BidUncertainty[];
  draws?: MonteCarloDraws;
}

/**
 * The ranged slots of one owner with their triangular inverse-CDF constants precomputed:
 * x = low + √(u·kLow) when u < split, else high − √((1−u)·kHigh).
 */
interface SlotGroup {
  slot: Int32Array;
  low: Float64Array;
  high: Float64Array;
  split: Float64Array;
  kLow: Float64Array;
  kHigh: Float64Array;
  uniforms: Float64Array;
  rng: Xoshiro128;
}

function groupSlots(c: CompiledScenario, owner: number, rng: Xoshiro128): SlotGroup {
  const mine = c.ranges.filter((r) => r.owner === owner);
  return {
    slot: Int32Array.from(mine.map((r) => r.slot)),
    low: Float64Array.from(mine.map((r) => r.low)),
    high: Float64Array.from(mine.map((r) => r.high)),
    split: Float64Array.from(mine.map((r) => (r.mode - r.low) / (r.high - r.low))),
    kLow: Float64Array.from(mine.map((r) => (r.high - r.low) * (r.mode - r.low))),
    kHigh: Float64Array.from(mine.map((r) => (r.high - r.low) * (r.high - r.mode))),
    uniforms: new Float64Array(mine.length),
    rng,
  };
}

/** Draws every slot of the group into p; the same values as triangular(rng.next(), …) per slot. */
function draw(g: SlotGroup, p: Float64Array): void {
  const n = g.slot.length;
  if (n === 0) return;
  const u = g.uniforms;
  g.rng.fill(u, n);
  for (let i = 0; i < n; i++) {
    const low = g.low[i];
    const high = g.high[i];
    const ui = u[i];
    const x = ui < g.split[i] ? low + Math.sqrt(ui * g.kLow[i]) : high - Math.sqrt((1 - ui) * g.kHigh[i]);
    p[g.slot[i]] = x < low ? low : x > high ? high : x;
  }
}

/**
 * Monte Carlo over every ranged input (triangular draws). Common random numbers: shared inputs
 * (assumptions, volumes, revenue, baseline) are drawn once per iteration for all bids, and each
 * bid draws its own inputs from its own stream keyed by its id, so adding or reordering bids
 * leaves every other bid's draws unchanged. "Qualified" means scenario.bids[b].qualified !== false.
 */
export function runMonteCarlo(c: CompiledScenario, options: MonteCarloOptions): MonteCarloResult {
  const N = Math.max(1, Math.floor(options.iterations));
  const seed = options.seed >>> 0;
  const B = c.bidIds.length;
  const T = c.termMonths;
  const p = Float64Array.from(c.params);
  const K = new Float64Array(CONSTANT_COUNT);
  const shared = groupSlots(c, -1, new Xoshiro128(seed, 0x5eed));
  const own = c.bidIds.map((id, b) => groupSlots(c, b, new Xoshiro128(seed, hashString(id))));
  const ws = createWorkspace(T + 1);
  const tco = c.bidIds.map(() => new Float64Array(N));
  const nrr = c.bidIds.map(() => new Float64Array(N));
  // Payback months are integers 1…T (0 = none): a histogram replaces sorting.
  const payback = c.bidIds.map(() => new Float64Array(T + 1));
  const units = new Float64Array(N);
  const wins = new Float64Array(B);
  const qualified = Uint8Array.from(c.qualified.map(Number));
  const iterationTco = new Float64Array(B);
  // Month-major: cumulative[b][m × S + i] is bid b's cumulative net benefit after month m+1 in iteration i.
  const S = options.cumulativeBands ? bandSampleSize(N, T, B) : 0;
  const cumulative = c.bidIds.map(() => new Float64Array(S * T));

  for (let i = 0; i < N; i++) {
    draw(shared, p);
    deriveConstants(p, K);
    const baseline = baselineMonthlyCost(c, p, K);
    const totals = termTotals(c, p);
    units[i] = totals.units;
    let min = Infinity;
    let ties = 0;
    for (let b = 0; b < B; b++) {
      draw(own[b], p);
      const t = evaluateBidCost(c, p, K, b, ws);
      iterationTco[b] = t;
      tco[b][i] = t;
      nrr[b][i] = netRevenueRealization(t, totals.gross) ?? NaN;
      payback[b][paybackMonth(baseline, ws, T)]++;
      if (i < S) {
        const series = monthlySeries(baseline, ws, T).cumulative;
        for (let m = 0; m < T; m++) cumulative[b][m * S + i] = series[m];
      }
      if (qualified[b]) {
        if (t < min) {
          min = t;
          ties = 1;
        } else if (t === min) ties++;
      }
    }
    if (ties > 0) {
      const share = 1 / ties;
      for (let b = 0; b < B; b++) if (qualified[b] && iterationTco[b] === min) wins[b] += share;
    }
  }

  const bids: BidUncertainty[] = c.bidIds.map((_, b) => ({
    tco: percentilesOf(options.keepDraws ? Float64Array.from(tco[b]) : tco[b]),
    nrr: percentilesOf(nrr[b]),
    paybackMonth: paybackPercentiles(payback[b], N),
    probabilityLowestTco: wins[b] / N,
    ...(S > 0 ? { cumulativeNetBenefit: cumulativeBand(cumulative[b], S, T) } : {}),
  }));
  return options.keepDraws ? { bids, draws: { tco, units } } : { bids };
}

/** P10/P50/P90 of the cumulative net benefit (USD) for months 1…T from month-major draws (reorders them). */
function cumulativeBand(values: Float64Array, S: number, T: number): CumulativeBand {
  const band: CumulativeBand = { p10: new Array<number>(T), p50: new Array<number>(T), p90: new Array<number>(T), sampleSize: S };
  for (let m = 0; m < T; m++) {
    const p = percentilesOf(values.subarray(m * S, (m + 1) * S));
    band.p10[m] = p.p10 ?? NaN;
    band.p50[m] = p.p50 ?? NaN;
    band.p90[m] = p.p90 ?? NaN;
  }
  return band;
}
