import { auditDefensibility } from "@/lib/scoring/audit-defensibility";
import type { Criterion } from "@/lib/scoring/criteria";
import { scoreBids, type ScoredBidInput } from "@/lib/scoring/weighted-score";
import { weightStability } from "@/lib/scoring/weight-stability";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import { firstRankAcceptability } from "@/lib/tco/rank-acceptability";
import { netRevenueRealization } from "@/lib/tco/evaluate-deterministic";
import { modeOf } from "@/lib/tco/uncertain";
import type { HealthcareFunction } from "@/lib/scoring/healthcare-function";
import type { TcoResult } from "@/lib/tco/tco-result";
import { assembleEvaluation, type AssembledEvaluation } from "@/lib/evaluation/assemble-evaluation";
import type { BidOutcome, EvaluationResults, UncertaintyOutcome } from "@/lib/evaluation/evaluation-results";
import type { StoredEvaluation } from "@/lib/evaluation/stored-evaluation";
import { tornadoEntries } from "@/lib/evaluation/tornado-entries";

/** Iterations of the weight-uncertainty draw behind "probability of ranking first" (cheap: no TCO is re-run). */
export const RANK_ACCEPTABILITY_ITERATIONS = 4000;

/** ± spread of every weight for rank acceptability (fraction of the weight), as the issue and MODEL.md §4 intend. */
export const RANK_ACCEPTABILITY_SPREAD = 0.25;

/** The ranking inputs of every active bid: raw criterion values (TCO per unit included) and the gate. */
export function scoringInputs(assembled: AssembledEvaluation, tco: TcoResult): ScoredBidInput[] {
  return assembled.bids.map((bid, b) => ({ id: bid.stored.id, qualified: bid.qualified, values: { ...bid.criterionValues, TCO_PER_UNIT: tco.bids[b].tcoPerUnit } }));
}

/**
 * The ranking under a set of criteria (weights): scores, ranks, weight stability and the
 * probability of ranking first under ±25 % weights. Pure and fast, so the weight editor runs it
 * in the browser on every change and gets the same numbers as the server.
 */
export function rankBids(inputs: readonly ScoredBidInput[], criteria: readonly Criterion[], seed: number) {
  const scores = scoreBids(inputs, criteria);
  const stability = weightStability(inputs, criteria);
  const acceptability = inputs.length === 0 ? {} : firstRankAcceptability(inputs, criteria, { iterations: RANK_ACCEPTABILITY_ITERATIONS, seed, weightSpread: RANK_ACCEPTABILITY_SPREAD });
  return { scores, stability, acceptability };
}

/** MODEL.md §1–5 on a stored evaluation at every input's mode (no Monte Carlo). */
export function evaluateStoredEvaluation(stored: StoredEvaluation): EvaluationResults {
  return evaluateAssembled(assembleEvaluation(stored));
}

export function evaluateAssembled(assembled: AssembledEvaluation): EvaluationResults {
  const { stored, criteria, scenario } = assembled;
  const tco = runTcoScenario(scenario, { recommend: (fn: HealthcareFunction) => assembled.matrix.get(fn)!.recommendation });
  const inputs = scoringInputs(assembled, tco);
  const { scores, stability, acceptability } = rankBids(inputs, criteria, stored.monteCarloSeed);
  // T × Σ V × A at the modes, the same for every bid (MODEL.md §5 "gross").
  const gross = scenario.termMonths * scenario.functions.reduce((sum, f) => sum + modeOf(f.volumePerMonth) * modeOf(f.revenuePerUnit), 0);
  const monthlyBaseline = tco.baseline.monthly[0] ?? 0;

  const bids: BidOutcome[] = assembled.bids.map((bid, b) => {
    const result = tco.bids[b];
    const score = scores[b];
    return {
      id: bid.stored.id,
      label: bid.stored.label,
      vendor: { id: bid.vendor.id, name: bid.vendor.name, operatingModel: bid.vendor.operatingModel, aiUse: bid.vendor.aiUse },
      qualified: bid.qualified,
      disqualificationReasons: bid.disqualificationReasons,
      uncoveredFunctionKeys: bid.uncoveredFunctionKeys,
      lines: bid.lines,
      criteria: score.criteria,
      criterionBasis: bid.criterionBasis,
      notes: bid.notes,
      score: score.score,
      rank: score.rank,
      auditDefensibility: auditDefensibility({
        codingAccuracy: bid.criterionValues.CODING_ACCURACY,
        complianceMaturity: bid.criterionValues.COMPLIANCE_MATURITY ?? 0,
        usedMetricSources: bid.usedMetricSources,
        aiUse: bid.vendor.aiUse,
      }),
      rankAcceptability: acceptability[bid.stored.id] ?? 0,
      tco: result.tco,
      components: result.components,
      gross: result.gross,
      nrr: result.nrr,
      tcoPerUnit: result.tcoPerUnit,
      paybackMonth: result.paybackMonth,
      monthlyCost: result.monthly.map((m) => m.cost),
      cumulativeNetBenefit: result.monthly.map((m) => m.cumulativeNetBenefit),
    };
  });

  return {
    evaluationId: stored.id,
    version: stored.version,
    termMonths: stored.termMonths,
    asOf: stored.asOf.toISOString().slice(0, 10),
    monteCarloSeed: stored.monteCarloSeed,
    monteCarloIterations: stored.monteCarloIterations,
    criteria: criteria.map((c) => ({ key: c.key, label: c.label, direction: c.direction, scale: c.scale, weight: c.weight })),
    functions: assembled.functions,
    baseline: { tco: tco.baseline.tco, monthlyCost: monthlyBaseline, gross, nrr: netRevenueRealization(tco.baseline.tco, gross), components: tco.baseline.components },
    bids,
    withdrawn: assembled.withdrawn,
    weightStability: stability,
    tornado: tornadoEntries(assembled, tco.tornado ?? []),
  };
}

/** The uncertainty block from a Monte Carlo run of the same scenario (bids in the same order). */
export function uncertaintyOutcome(assembled: AssembledEvaluation, mc: TcoResult, iterations: number, seed: number): UncertaintyOutcome {
  const bids: UncertaintyOutcome["bids"] = {};
  assembled.bids.forEach((bid, b) => {
    const u = mc.bids[b].uncertainty;
    if (!u) throw new Error("The Monte Carlo result has no uncertainty block.");
    bids[bid.stored.id] = { tco: u.tco, nrr: u.nrr, paybackMonth: u.paybackMonth, probabilityLowestTco: u.probabilityLowestTco, cumulativeNetBenefit: u.cumulativeNetBenefit ?? null };
  });
  return { iterations, seed, bids };
}
