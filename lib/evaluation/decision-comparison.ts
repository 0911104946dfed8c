import type { EvaluationResults } from "@/lib/evaluation/evaluation-results";

export interface ComparisonRow {
  id: string;
  label: string;
  vendorName: string;
  decided: { rank: number; score: number; tco: number; qualified: boolean };
  /** Null when the bid is no longer ranked today (withdrawn or removed since). */
  today: { rank: number; score: number; tco: number; qualified: boolean } | null;
}

/**
 * Each bid of a decided evaluation as decided (frozen inputs) and as today's data would rank
 * it: the comparison that tells whether the registry has moved since the decision.
 */
export function compareWithToday(decided: EvaluationResults, today: EvaluationResults): ComparisonRow[] {
  const todayById = new Map(today.bids.map((b) => [b.id, b]));
  return [...decided.bids]
    .sort((a, b) => a.rank - b.rank)
    .map((bid) => {
      const now = todayById.get(bid.id);
      return {
        id: bid.id,
        label: bid.label,
        vendorName: bid.vendor.name,
        decided: { rank: bid.rank, score: bid.score, tco: bid.tco, qualified: bid.qualified },
        today: now ? { rank: now.rank, score: now.score, tco: now.tco, qualified: now.qualified } : null,
      };
    });
}

/** True when today's data would rank, score or gate any bid differently. */
export function comparisonDiffers(rows: readonly ComparisonRow[]): boolean {
  return rows.some((r) => !r.today || r.today.rank !== r.decided.rank || r.today.qualified !== r.decided.qualified || Math.abs(r.today.score - r.decided.score) >= 0.05 || Math.abs(r.today.tco - r.decided.tco) >= 0.5);
}
