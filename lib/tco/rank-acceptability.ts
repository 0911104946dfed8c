import type { Criterion } from "@/lib/scoring/criteria";
import { normalizeBids, type ScoredBidInput } from "@/lib/scoring/weighted-score";
import { normalizeRatioToCheapest } from "@/lib/scoring/criteria";
import { tcoPerUnit } from "@/lib/tco/evaluate-deterministic";
import { Xoshiro128 } from "@/lib/tco/random";

export interface RankAcceptabilityOptions {
  iterations: number;
  seed: number;
  /** Each weight varies uniformly within ±spread of its value (fraction); default 0.25. */
  weightSpread?: number;
  /**
   * Per-iteration values of ratio criteria (e.g. TCO_PER_UNIT from Monte Carlo draws):
   * draws[key][b][i]. Iteration i of the weights pairs with iteration i of these draws,
   * so cost uncertainty and weight uncertainty combine. Without them the values are fixed.
   */
  draws?: Record<string, Float64Array[]>;
}

/**
 * SMAA-style first-rank acceptability: the probability that each bid ranks first among
 * qualified bids when every weight varies uniformly within ±spread (scores renormalise by
 * Σw) and ratio criteria follow their draws. Ties share the iteration; disqualified bids get 0.
 */
export function firstRankAcceptability(bids: readonly ScoredBidInput[], criteria: readonly Criterion[], options: RankAcceptabilityOptions): Record<string, number> {
  const N = Math.max(1, Math.floor(options.iterations));
  const spread = options.weightSpread ?? 0.25;
  const B = bids.length;
  const C = criteria.length;
  const { n } = normalizeBids(bids, criteria);
  const rng = new Xoshiro128(options.seed >>> 0, 0x5aa);
  const weights = new Float64Array(C);
  const score = new Float64Array(B);
  const row = new Float64Array(B);
  const wins = new Float64Array(B);
  const ratioDraws = criteria.map((c) => (c.scale.kind === "ratioToCheapest" ? options.draws?.[c.key] : undefined));

  for (let i = 0; i < N; i++) {
    let sumW = 0;
    for (let c = 0; c < C; c++) {
      weights[c] = criteria[c].weight * (1 + spread * (2 * rng.next() - 1));
      sumW += weights[c];
    }
    score.fill(0);
    for (let c = 0; c < C; c++) {
      const d = ratioDraws[c];
      if (d) {
        // Re-normalise this iteration's ratio criterion against this iteration's cheapest qualified
        // bid (only qualified bids can rank first, so the others' scale does not matter).
        let cheapest = Infinity;
        for (let b = 0; b < B; b++) if (bids[b].qualified && d[b][i] < cheapest) cheapest = d[b][i];
        for (let b = 0; b < B; b++) row[b] = Number.isNaN(d[b][i]) ? 0 : normalizeRatioToCheapest(d[b][i], cheapest);
      } else for (let b = 0; b < B; b++) row[b] = n[b][c];
      for (let b = 0; b < B; b++) score[b] += weights[c] * row[b];
    }
    let best = -Infinity;
    let ties = 0;
    for (let b = 0; b < B; b++) {
      if (!bids[b].qualified) continue;
      const s = sumW > 0 ? score[b] / sumW : 0;
      score[b] = s;
      if (s > best) {
        best = s;
        ties = 1;
      } else if (s === best) ties++;
    }
    for (let b = 0; b < B; b++) if (bids[b].qualified && score[b] === best) wins[b] += 1 / ties;
  }
  return Object.fromEntries(bids.map((b, i) => [b.id, wins[i] / N]));
}

/** TCO per unit draws (USD per unit) from Monte Carlo TCO and unit draws, NaN where there are no units. */
export function tcoPerUnitDraws(tco: readonly Float64Array[], units: Float64Array): Float64Array[] {
  return tco.map((t) => t.map((x, i) => tcoPerUnit(x, units[i]) ?? NaN));
}
