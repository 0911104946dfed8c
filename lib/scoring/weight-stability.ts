import type { Criterion } from "@/lib/scoring/criteria";
import { normalizeBids, rankByScore, weightedScore, type ScoredBidInput } from "@/lib/scoring/weighted-score";

export interface WeightInterval {
  key: string;
  weight: number;
  /** Lowest weight at which the current leader stays on top (≥ 0). */
  low: number;
  /** Highest such weight; null means unbounded (∞). */
  high: number | null;
}

/**
 * MODEL.md §4 weight stability: for each criterion, the exact interval of its weight (others
 * fixed) over which the top-ranked qualified bid keeps a score ≥ every other qualified bid.
 * score_t − score_j ∝ a_j + w_c δ_j (same denominator), so each rival gives one linear bound.
 * Null when no bid is qualified.
 */
export function weightStability(bids: readonly ScoredBidInput[], criteria: readonly Criterion[]): { leaderId: string; intervals: WeightInterval[] } | null {
  const qualifiedIdx = bids.map((b, i) => (b.qualified ? i : -1)).filter((i) => i >= 0);
  if (qualifiedIdx.length === 0) return null;
  const { n } = normalizeBids(bids, criteria);
  const weights = criteria.map((c) => c.weight);
  const ranks = rankByScore(n.map((row) => weightedScore(row, weights)), bids.map((b) => b.qualified));
  const t = ranks.indexOf(1);
  const intervals = criteria.map((c, ci) => {
    let low = 0;
    let high = Infinity;
    // The leader itself gives δ = 0 and so no bound.
    for (const j of qualifiedIdx) {
      let a = 0;
      for (let k = 0; k < criteria.length; k++) if (k !== ci) a += weights[k] * (n[t][k] - n[j][k]);
      const delta = n[t][ci] - n[j][ci];
      if (delta > 0) low = Math.max(low, -a / delta);
      else if (delta < 0) high = Math.min(high, a / -delta);
    }
    // Rounding in a tie may put the current weight a hair outside; it is inside by definition.
    low = Math.min(low, c.weight);
    high = Math.max(high, c.weight);
    return { key: c.key, weight: c.weight, low, high: Number.isFinite(high) ? high : null };
  });
  return { leaderId: bids[t].id, intervals };
}
