import { normalizeOnScale, normalizeRatioToCheapest, type Criterion } from "@/lib/scoring/criteria";

export interface ScoredBidInput {
  id: string;
  /** False when the PHI gate disqualifies the bid: it is scored and shown but cannot win. */
  qualified: boolean;
  /** Raw value per criterion key in the criterion's unit; missing (null/undefined) scores 0. */
  values: Readonly<Record<string, number | null | undefined>>;
}

export interface CriterionScore {
  key: string;
  value: number | null;
  /** n ∈ [0,1]. */
  normalized: number;
  missing: boolean;
}

export interface BidScore {
  id: string;
  qualified: boolean;
  /** 0–100. */
  score: number;
  criteria: CriterionScore[];
  /** Keys of criteria with missing data. */
  missingData: string[];
  /** 1-based; qualified bids first by score, then disqualified ones; ties keep input order. */
  rank: number;
}

/**
 * The cheapest value of a ratio criterion: among qualified bids that have it, or, when no
 * qualified bid has it, among all bids (so disqualified bids can still be compared).
 */
export function cheapestValue(bids: readonly ScoredBidInput[], key: string): number | null {
  let min: number | null = null;
  for (const pass of [true, false]) {
    for (const b of bids) {
      const v = b.values[key];
      if ((pass ? b.qualified : true) && v !== null && v !== undefined && (min === null || v < min)) min = v;
    }
    if (min !== null) return min;
  }
  return null;
}

/** Normalised value matrix n[bid][criterion] ∈ [0,1] and missing flags (MODEL.md §4). */
export function normalizeBids(bids: readonly ScoredBidInput[], criteria: readonly Criterion[]): { n: number[][]; missing: boolean[][] } {
  const cheapest = criteria.map((c) => (c.scale.kind === "ratioToCheapest" ? cheapestValue(bids, c.key) : null));
  const n: number[][] = [];
  const missing: boolean[][] = [];
  for (const b of bids) {
    const row: number[] = [];
    const miss: boolean[] = [];
    criteria.forEach((c, ci) => {
      const v = b.values[c.key];
      if (v === null || v === undefined || !Number.isFinite(v)) {
        row.push(0);
        miss.push(true);
        return;
      }
      miss.push(false);
      if (c.scale.kind === "benchmark") row.push(normalizeOnScale(v, c.scale.floor, c.scale.ceiling, c.direction));
      else row.push(normalizeRatioToCheapest(v, cheapest[ci] ?? v));
    });
    n.push(row);
    missing.push(miss);
  }
  return { n, missing };
}

/** score = 100 × Σ w n / Σ w (0 when every weight is 0). */
export function weightedScore(n: readonly number[], weights: readonly number[]): number {
  let num = 0;
  let den = 0;
  for (let c = 0; c < weights.length; c++) {
    num += weights[c] * n[c];
    den += weights[c];
  }
  return den > 0 ? (100 * num) / den : 0;
}

/** Ranks bids by score: qualified first, then disqualified; returns 1-based ranks in input order. */
export function rankByScore(scores: readonly number[], qualified: readonly boolean[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => Number(qualified[b]) - Number(qualified[a]) || scores[b] - scores[a] || a - b);
  const ranks = new Array<number>(scores.length);
  order.forEach((i, pos) => (ranks[i] = pos + 1));
  return ranks;
}

/** MODEL.md §4 weighted score (0–100) of every bid with per-criterion detail and missing-data flags. */
export function scoreBids(bids: readonly ScoredBidInput[], criteria: readonly Criterion[]): BidScore[] {
  const { n, missing } = normalizeBids(bids, criteria);
  const weights = criteria.map((c) => c.weight);
  const scores = n.map((row) => weightedScore(row, weights));
  const ranks = rankByScore(scores, bids.map((b) => b.qualified));
  return bids.map((b, i) => ({
    id: b.id,
    qualified: b.qualified,
    score: scores[i],
    criteria: criteria.map((c, ci) => ({ key: c.key, value: missing[i][ci] ? null : (b.values[c.key] as number), normalized: n[i][ci], missing: missing[i][ci] })),
    missingData: criteria.filter((_, ci) => missing[i][ci]).map((c) => c.key),
    rank: ranks[i],
  }));
}
