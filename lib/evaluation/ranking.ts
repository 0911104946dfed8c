import type { Criterion } from "@/lib/scoring/criteria";
import type { ScoredBidInput } from "@/lib/scoring/weighted-score";
import { rankBids } from "@/lib/evaluation/evaluate-evaluation";
import type { BidOutcome, EvaluationResults } from "@/lib/evaluation/evaluation-results";
import { intervalAsShares } from "@/lib/evaluation/weights";
import { formatWholePercent } from "@/lib/format";

export interface RankingRow {
  bid: BidOutcome;
  /** 0–100 under the weights asked for. */
  score: number;
  rank: number;
  /** Probability (fraction) of ranking first when every weight varies ±25 %. */
  rankAcceptability: number;
}

export interface StabilityStatement {
  key: string;
  label: string;
  /** The criterion's current share of the total weight (fraction). */
  share: number;
  low: number;
  /** Null: any share up to 100 %. */
  high: number | null;
  /** "Specialized RCM partner stays first while Coding accuracy weighs between 12% and 31%." */
  sentence: string;
}

export interface Ranking {
  rows: RankingRow[];
  leader: BidOutcome | null;
  stability: StabilityStatement[];
}

/** The scoring inputs the server used, recovered from the results (raw values per criterion). */
export function scoringInputsOf(results: EvaluationResults): ScoredBidInput[] {
  return results.bids.map((b) => ({ id: b.id, qualified: b.qualified, values: Object.fromEntries(b.criteria.map((c) => [c.key, c.value])) }));
}

/**
 * The ranking under any weights (in the results' criteria order), computed where it is needed:
 * in the browser while weights move, with the same pure functions and seed as the server, so
 * at the saved weights it gives exactly the server's numbers.
 */
export function rankingUnder(results: EvaluationResults, weights: readonly number[]): Ranking {
  const criteria: Criterion[] = results.criteria.map((c, i) => ({ ...c, weight: weights[i] ?? 0 }));
  const { scores, stability, acceptability } = rankBids(scoringInputsOf(results), criteria, results.monteCarloSeed);
  const rows = results.bids
    .map((bid, i) => ({ bid, score: scores[i].score, rank: scores[i].rank, rankAcceptability: acceptability[bid.id] ?? 0 }))
    .sort((a, b) => a.rank - b.rank);
  const leader = stability ? results.bids.find((b) => b.id === stability.leaderId) ?? null : null;
  const statements = stability && leader
    ? stability.intervals.map((interval, i) => {
        const shares = intervalAsShares(interval, weights, i);
        const total = weights.reduce((sum, w) => sum + w, 0);
        const label = results.criteria[i].label;
        return { key: interval.key, label, share: total > 0 ? weights[i] / total : 0, ...shares, sentence: stabilitySentence(leader.label, label, shares) };
      })
    : [];
  return { rows, leader, stability: statements };
}

/** The weight-stability interval of one criterion in words. */
export function stabilitySentence(leader: string, criterion: string, shares: { low: number; high: number | null }): string {
  const low = shares.low > 0.0005;
  if (!low && shares.high === null) return `${leader} stays first whatever ${criterion} weighs.`;
  if (shares.high === null) return `${leader} stays first while ${criterion} weighs at least ${formatWholePercent(shares.low)}.`;
  if (!low) return `${leader} stays first while ${criterion} weighs at most ${formatWholePercent(shares.high)}.`;
  return `${leader} stays first while ${criterion} weighs between ${formatWholePercent(shares.low)} and ${formatWholePercent(shares.high)}.`;
}
