import { compileScenario } from "@/lib/tco/compile-scenario";
import { evaluateDeterministic } from "@/lib/tco/evaluate-deterministic";
import { runMonteCarlo } from "@/lib/tco/monte-carlo";
import type { TcoScenario } from "@/lib/tco/scenario";
import type { TcoResult } from "@/lib/tco/tco-result";
import { tornado } from "@/lib/tco/tornado";
import type { Recommendation } from "@/lib/scoring/decision-matrix";
import type { HealthcareFunction } from "@/lib/scoring/healthcare-function";

export interface RunTcoOptions {
  /** The organisation's decision matrix (with overrides); default: MODEL.md §1 as is. */
  recommend?: (fn: HealthcareFunction) => Recommendation;
}

/**
 * The whole MODEL.md §5 evaluation of a validated scenario: deterministic results at the modes,
 * Monte Carlo uncertainty when scenario.monteCarlo is set, and the tornado whenever any input
 * is a range with low < high (it needs no sampling, so it does not wait for Monte Carlo).
 */
export function runTcoScenario(scenario: TcoScenario, options: RunTcoOptions = {}): TcoResult {
  const compiled = compileScenario(scenario);
  const result = evaluateDeterministic(compiled, scenario, options.recommend);
  if (scenario.monteCarlo) {
    const mc = runMonteCarlo(compiled, scenario.monteCarlo);
    result.bids.forEach((bid, b) => (bid.uncertainty = mc.bids[b]));
  }
  if (compiled.ranges.length > 0) result.tornado = tornado(compiled);
  return result;
}
