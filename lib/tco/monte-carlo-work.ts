import type { TcoScenario } from "@/lib/tco/scenario";

/**
 * The most Monte Carlo work one request may ask for, in line-months (iterations × bid lines ×
 * months). docs/benchmarks.md case (b), 10,000 × 60 lines × 60 months = 36 M line-months, takes
 * ≈ 73 ms on one core (≈ 500 M line-months/s), so the cap is ≈ 5 s of one core.
 */
export const MAX_MONTE_CARLO_WORK = 2_500_000_000;

/**
 * Work of at most this many line-months (≈ 0.2 s of one core) runs in the small lane of the
 * worker pool, so it never queues behind big runs.
 */
export const SMALL_MONTE_CARLO_WORK = 100_000_000;

/** Line-months per second one core gets through on a loaded machine: half the benchmark's 500 M (docs/benchmarks.md). */
export const MONTE_CARLO_WORK_PER_SECOND = 250_000_000;

/** Monte Carlo work of a scenario in line-months: iterations × bid lines (over all bids) × term months; 0 without Monte Carlo. */
export function monteCarloWork(scenario: Pick<TcoScenario, "termMonths" | "bids" | "monteCarlo">): number {
  if (!scenario.monteCarlo) return 0;
  const lines = scenario.bids.reduce((sum, bid) => sum + bid.lines.length, 0);
  return scenario.monteCarlo.iterations * lines * scenario.termMonths;
}

/** The sentence a 400 gives when a request asks for more than MAX_MONTE_CARLO_WORK. */
export function monteCarloWorkMessage(work: number): string {
  return `Too much work: iterations × bid lines × months is ${work.toLocaleString("en-US")}, at most ${MAX_MONTE_CARLO_WORK.toLocaleString("en-US")} is allowed. Ask for fewer iterations.`;
}
