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

/** A value that scores: a finite number (null, undefined, NaN and ±Infinity are missing data). */
function isPresent(v: number | null | undefined): v is number {
  return Number.isFinite(v);
}

/**
 * The cheapest value of a ratio criterion: among qualified bids that have it, or, when no
 * qualified bid has it, among all bids (so disqualified bids can still be compared).
 */
export function cheapestValue(bids: readonly ScoredBidInput[], key: string): number | null {
  const valuesOf = (pool: readonly ScoredBidInput[]) => pool.map((b) => b.values[key]).filter(isPresent);
  const qualified = valuesOf(bids.filter((b) => b.qualified));
  const candidates = qualified.length > 0 ? qualified : valuesOf(bids);
  return candidates.length > 0 ? Math.min(...candidates) : null;
}

/** Normalised value matrix n[bid][criterion] ∈ [0,1] and missing flags (MODEL.md §4). */
export function normalizeBids(bids: readonly ScoredBidInput[], criteria: readonly Criterion[]): { n: number[][]; missing: boolean[][] } {
  // Only ratio criteria read it; computing it for every criterion keeps the code plain.
  const cheapest = criteria.map((c) => cheapestValue(bids, c.key));
  const n: number[][] = [];
  const missing: boolean[][] = [];
  for (const b of bids) {
    const row: number[] = [];
    const miss: boolean[] = [];
    criteria.forEach((c, ci) => {
      const v = b.values[c.key];
      if (!isPresent(v)) {
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

/**
 * Ranks bids by score: qualified first, then disqualified; returns 1-based ranks in input order.
 * Equal scores keep the input order (Array.prototype.sort is stable).
 */
export function rankByScore(scores: readonly number[], qualified: readonly boolean[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => Number(qualified[b]) - Number(qualified[a]) || scores[b] - scores[a]);
  return scores.map((_, i) => order.indexOf(i) + 1);
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
