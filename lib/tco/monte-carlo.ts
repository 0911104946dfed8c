import {
  baselineMonthlyCost,
  CONSTANT_COUNT,
  createWorkspace,
  deriveConstants,
  evaluateBidCost,
  paybackMonth,
} from "@/lib/tco/bid-kernel";
import type { CompiledScenario } from "@/lib/tco/compile-scenario";
import { netRevenueRealization, termTotals } from "@/lib/tco/evaluate-deterministic";
import { percentilesOf } from "@/lib/tco/percentiles";
import { hashString, triangular, Xoshiro128 } from "@/lib/tco/random";
import type { BidUncertainty } from "@/lib/tco/tco-result";

/** MODEL.md §5 default iteration count. */
export const DEFAULT_MONTE_CARLO_ITERATIONS = 5000;

export interface MonteCarloOptions {
  iterations: number;
  /** 32-bit integer stored with the evaluation: same seed, same numbers. */
  seed: number;
  /** Keep each iteration's TCO and units (for rank acceptability); costs 8 bytes × iterations × (bids + 1). */
  keepDraws?: boolean;
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

/** Flat copies of the ranged slots of one owner, ready for the draw loop. */
interface SlotGroup {
  slot: Int32Array;
  low: Float64Array;
  mode: Float64Array;
  high: Float64Array;
  rng: Xoshiro128;
}

function groupSlots(c: CompiledScenario, owner: number, rng: Xoshiro128): SlotGroup {
  const mine = c.ranges.filter((r) => r.owner === owner);
  return {
    slot: Int32Array.from(mine.map((r) => r.slot)),
    low: Float64Array.from(mine.map((r) => r.low)),
    mode: Float64Array.from(mine.map((r) => r.mode)),
    high: Float64Array.from(mine.map((r) => r.high)),
    rng,
  };
}

function draw(g: SlotGroup, p: Float64Array): void {
  for (let i = 0; i < g.slot.length; i++) p[g.slot[i]] = triangular(g.rng.next(), g.low[i], g.mode[i], g.high[i]);
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
  const payback = c.bidIds.map(() => new Float64Array(N));
  const units = new Float64Array(N);
  const wins = new Float64Array(B);
  const qualified = Uint8Array.from(c.qualified.map(Number));
  const iterationTco = new Float64Array(B);

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
      const m = paybackMonth(baseline, ws, T);
      payback[b][i] = m > 0 ? m : Infinity;
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
    paybackMonth: percentilesOf(payback[b]),
    probabilityLowestTco: wins[b] / N,
  }));
  return options.keepDraws ? { bids, draws: { tco, units } } : { bids };
}
