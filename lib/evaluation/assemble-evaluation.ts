import { complianceMaturity, qualifyBid } from "@/lib/scoring/compliance";
import { DEFAULT_CRITERIA, type Criterion } from "@/lib/scoring/criteria";
import { buildDecisionMatrix, type DecisionMatrixRow } from "@/lib/scoring/decision-matrix";
import { fitsRecommendation } from "@/lib/scoring/operating-model";
import type { MetricKey, MetricSource, SelectedMetric } from "@/lib/scoring/metric-evidence";
import { resolveAssumptions, type Assumptions } from "@/lib/tco/assumptions";
import { PERFORMANCE_RATES, type Bid, type BidLine, type PerformanceRate, type ScenarioFunction, type TcoScenario } from "@/lib/tco/scenario";
import { modeOf, type Uncertain } from "@/lib/tco/uncertain";
import type { BidNote, FunctionOutcome, LineOutcome, ResolvedValue, ValueBasis } from "@/lib/evaluation/evaluation-results";
import { bidNotes } from "@/lib/evaluation/bid-notes";
import type { StoredBid, StoredEvaluation, StoredFunction, StoredRanges, StoredVendor } from "@/lib/evaluation/stored-evaluation";
import { certifiedStaffShare, METRIC_OF_RATE, usedMetricValues } from "@/lib/evaluation/vendor-evidence";

/** One active bid, ready for the engine and the scores. */
export interface AssembledBid {
  stored: StoredBid;
  vendor: StoredVendor;
  qualified: boolean;
  disqualificationReasons: string[];
  uncoveredFunctionKeys: string[];
  lines: LineOutcome[];
  /** Raw criterion values except TCO per unit, which comes from the engine. */
  criterionValues: Record<string, number | null>;
  criterionBasis: Record<string, ValueBasis>;
  notes: BidNote[];
  /** Sources of the vendor's used metric values (for audit defensibility). */
  usedMetricSources: MetricSource[];
}

export interface AssembledEvaluation {
  stored: StoredEvaluation;
  assumptions: Assumptions;
  criteria: Criterion[];
  functions: FunctionOutcome[];
  matrix: ReadonlyMap<string, DecisionMatrixRow>;
  /** The engine's input; scenario.bids[i] is bids[i], scenario.functions[i] is stored.functions[i]. */
  scenario: TcoScenario;
  bids: AssembledBid[];
  withdrawn: { id: string; label: string; vendorName: string }[];
}

const BASELINE_RANGE_KEY: Record<PerformanceRate, string> = {
  denialRate: "baselineDenialRate",
  reworkRate: "baselineReworkRate",
  overturnRate: "baselineOverturnRate",
  codingAccuracy: "baselineCodingAccuracy",
  firstPassRate: "baselineFirstPassRate",
};

/** The criteria that average a rate over the bid's lines, and the rate each averages. */
const RATE_CRITERIA: Record<string, PerformanceRate> = {
  FIRST_PASS_RATE: "firstPassRate",
  CODING_ACCURACY: "codingAccuracy",
  DENIAL_RATE: "denialRate",
};

/** A stored number, or its stored range where one was entered. */
function uncertainOf(value: number, ranges: StoredRanges, key: string): Uncertain {
  return ranges[key] ?? value;
}

/** MODEL.md §4 criteria with the evaluation's weights (a missing or invalid weight keeps the default). */
export function evaluationCriteria(weights: Readonly<Record<string, number>>): Criterion[] {
  return DEFAULT_CRITERIA.map((c) => {
    const w = weights[c.key];
    return { ...c, weight: typeof w === "number" && Number.isFinite(w) && w >= 0 ? w : c.weight };
  });
}

function scenarioFunction(f: StoredFunction): ScenarioFunction {
  const baseline = Object.fromEntries(PERFORMANCE_RATES.map((rate) => [rate, uncertainOf(f.baseline[rate], f.ranges, BASELINE_RANGE_KEY[rate])])) as Record<PerformanceRate, Uncertain>;
  return {
    key: f.id,
    function: f.function,
    volumePerMonth: uncertainOf(f.volumePerMonth, f.ranges, "volumePerMonth"),
    revenuePerUnit: uncertainOf(f.revenuePerUnit, f.ranges, "revenuePerUnit"),
    baseline: { ...baseline, monthlyCost: uncertainOf(f.baseline.monthlyCost, f.ranges, "baselineMonthlyCost") },
  };
}

/**
 * Turns an evaluation's stored rows into the engine's scenario and everything the scores need
 * (MODEL.md §1–5): each line's performance from the bid's commitment, else the vendor's used
 * metric value, else today's baseline (flagged); the PHI gate from the vendor's evidence on the
 * as-of day; fit from the decision matrix with the organisation's overrides. Withdrawn bids
 * leave the ranking and the TCO.
 */
export function assembleEvaluation(stored: StoredEvaluation): AssembledEvaluation {
  const assumptions = resolveAssumptions(stored.assumptions);
  const haircut = modeOf(assumptions.claimHaircut);
  const matrix = new Map(buildDecisionMatrix(stored.matrixOverrides).map((row) => [row.function, row]));
  const functionById = new Map(stored.functions.map((f) => [f.id, f]));
  const vendorById = new Map(stored.vendors.map((v) => [v.id, v]));
  const functions: FunctionOutcome[] = stored.functions.map((f) => {
    const row = matrix.get(f.function)!;
    return { key: f.id, function: f.function, recommendation: row.recommendation, rationale: row.rationale, handlesPhi: row.handlesPhi, volumePerMonth: f.volumePerMonth, revenuePerUnit: f.revenuePerUnit };
  });

  const bids: AssembledBid[] = [];
  const scenarioBids: Bid[] = [];
  const withdrawn: AssembledEvaluation["withdrawn"] = [];
  for (const bid of stored.bids) {
    const vendor = vendorById.get(bid.vendorId);
    if (!vendor) throw new Error(`Bid ${bid.id} refers to vendor ${bid.vendorId}, which was not loaded.`);
    if (bid.status === "WITHDRAWN") {
      withdrawn.push({ id: bid.id, label: bid.label, vendorName: vendor.name });
      continue;
    }
    const lines = bid.lines.filter((line) => functionById.has(line.functionId));
    const used = usedMetricValues(vendor, haircut);
    const gate = qualifyBid(
      lines.map((line) => functionById.get(line.functionId)!.function),
      vendor.evidence,
      stored.asOf,
      (fn) => matrix.get(fn)!.handlesPhi,
    );

    const lineOutcomes: LineOutcome[] = [];
    const scenarioLines: BidLine[] = [];
    lines.forEach((line, l) => {
      const fn = functionById.get(line.functionId)!;
      const row = matrix.get(fn.function)!;
      const performance = {} as Record<PerformanceRate, ResolvedValue>;
      const engineProfile = {} as Record<PerformanceRate, Uncertain>;
      for (const rate of PERFORMANCE_RATES) {
        const committed = line.ranges[rate] ?? line.commitments[rate];
        const metric = used[METRIC_OF_RATE[rate]];
        if (committed !== null && committed !== undefined) {
          performance[rate] = { value: modeOf(committed), basis: { kind: "COMMITMENT" } };
          engineProfile[rate] = committed;
        } else if (metric) {
          performance[rate] = { value: metric.value, basis: metricBasis(METRIC_OF_RATE[rate], metric) };
          engineProfile[rate] = metric.value;
        } else {
          // No improvement can be credited without data: the line keeps today's most likely rate
          // (a point, so Monte Carlo does not draw an invented spread for the vendor).
          const baseline = modeOf(uncertainOf(fn.baseline[rate], fn.ranges, BASELINE_RANGE_KEY[rate]));
          performance[rate] = { value: baseline, basis: { kind: "BASELINE_ASSUMED" } };
          engineProfile[rate] = baseline;
        }
      }
      lineOutcomes.push({
        functionKey: fn.id,
        function: fn.function,
        pricingModel: line.pricingModel,
        rate: line.rate,
        recommendation: row.recommendation,
        rationale: row.rationale,
        fit: fitsRecommendation(vendor.operatingModel, row.recommendation),
        disqualified: gate.lines[l].disqualified,
        performance,
      });
      scenarioLines.push({
        function: fn.id,
        pricing: {
          model: line.pricingModel,
          rate: uncertainOf(line.rate, line.ranges, "rate"),
          ...(line.hoursPerMonth !== null ? { hoursPerMonth: uncertainOf(line.hoursPerMonth, line.ranges, "hoursPerMonth") } : {}),
          ...(line.fte !== null ? { fte: uncertainOf(line.fte, line.ranges, "fte") } : {}),
          ...(line.monthlyMinimum !== null ? { monthlyMinimum: uncertainOf(line.monthlyMinimum, line.ranges, "monthlyMinimum") } : {}),
        },
        performance: engineProfile,
      });
    });

    const maturityFromEvidence = complianceMaturity(vendor.evidence, stored.asOf).maturity;
    const maturity: Uncertain = bid.complianceMaturity !== null ? uncertainOf(bid.complianceMaturity, bid.ranges, "complianceMaturity") : maturityFromEvidence;
    const turnover = resolveTurnover(bid, vendor, used.STAFF_TURNOVER);
    const certified = certifiedStaffShare(vendor.certifications, vendor.fte);

    const criterionValues: Record<string, number | null> = {};
    const criterionBasis: Record<string, ValueBasis> = {};
    for (const [key, rate] of Object.entries(RATE_CRITERIA)) {
      const averaged = volumeWeightedRate(lineOutcomes, rate, functionById);
      criterionValues[key] = averaged.value;
      criterionBasis[key] = averaged.basis;
    }
    criterionValues.COMPLIANCE_MATURITY = modeOf(maturity);
    criterionBasis.COMPLIANCE_MATURITY = bid.complianceMaturity !== null ? { kind: "COMMITMENT" } : { kind: "VENDOR_EVIDENCE" };
    criterionValues.CERTIFIED_STAFF_SHARE = certified;
    criterionBasis.CERTIFIED_STAFF_SHARE = certified === null ? { kind: "MISSING" } : { kind: "VENDOR_EVIDENCE" };
    criterionValues.STAFF_TURNOVER = turnover.resolved.value;
    criterionBasis.STAFF_TURNOVER = turnover.resolved.basis;

    const uncoveredFunctionKeys = stored.functions.filter((f) => !lines.some((line) => line.functionId === f.id)).map((f) => f.id);
    const assembled: AssembledBid = {
      stored: bid,
      vendor,
      qualified: !gate.disqualified,
      disqualificationReasons: gate.disqualified ? [...new Set(gate.lines.flatMap((l) => l.reasons))].map(phiGateReason) : [],
      uncoveredFunctionKeys,
      lines: lineOutcomes,
      criterionValues,
      criterionBasis,
      notes: [],
      usedMetricSources: Object.values(used).map((m) => m.source),
    };
    assembled.notes = bidNotes(assembled, { functions, criteria: DEFAULT_CRITERIA, haircut, accountFte: bid.fte });
    bids.push(assembled);
    scenarioBids.push({
      id: bid.id,
      vendorModel: vendor.operatingModel,
      implementationFee: uncertainOf(bid.implementationFee, bid.ranges, "implementationFee"),
      oversightPerMonth: uncertainOf(bid.oversightPerMonth, bid.ranges, "oversightPerMonth"),
      fte: bid.fte === null ? 0 : uncertainOf(bid.fte, bid.ranges, "fte"),
      turnoverRate: turnover.engine,
      complianceMaturity: maturity,
      qualified: !gate.disqualified,
      lines: scenarioLines,
    });
  }

  return {
    stored,
    assumptions,
    criteria: evaluationCriteria(stored.weights),
    functions,
    matrix,
    scenario: { termMonths: stored.termMonths, assumptions, functions: stored.functions.map(scenarioFunction), bids: scenarioBids },
    bids,
    withdrawn,
  };
}

function metricBasis(metric: MetricKey, selected: SelectedMetric): ValueBasis {
  return { kind: "VENDOR_METRIC", metric, source: selected.source, asOf: selected.asOf.toISOString().slice(0, 10), observedValue: selected.observedValue, haircutApplied: selected.haircutApplied };
}

/** The bid's turnover: its commitment, else the vendor's used metric, else its profile; 0 in the engine when unknown. */
function resolveTurnover(bid: StoredBid, vendor: StoredVendor, metric: SelectedMetric | undefined): { resolved: ResolvedValue; engine: Uncertain } {
  if (bid.turnoverRate !== null) {
    const engine = uncertainOf(bid.turnoverRate, bid.ranges, "turnoverRate");
    return { resolved: { value: modeOf(engine), basis: { kind: "COMMITMENT" } }, engine };
  }
  if (metric) return { resolved: { value: metric.value, basis: metricBasis("STAFF_TURNOVER", metric) }, engine: metric.value };
  if (vendor.annualTurnoverRate !== null) return { resolved: { value: vendor.annualTurnoverRate, basis: { kind: "VENDOR_PROFILE" } }, engine: vendor.annualTurnoverRate };
  return { resolved: { value: null, basis: { kind: "MISSING" } }, engine: 0 };
}

/**
 * A rate criterion for the whole bid: the volume-weighted mean of its lines' values, leaving out
 * lines where only today's baseline was assumed; missing when no line has data. The basis is
 * the vendor's metric when any line rests on it (so a claim is never hidden), else the commitment.
 */
function volumeWeightedRate(lines: readonly LineOutcome[], rate: PerformanceRate, functionById: ReadonlyMap<string, StoredFunction>): ResolvedValue {
  let sum = 0;
  let weight = 0;
  let count = 0;
  let plain = 0;
  let basis: ValueBasis = { kind: "COMMITMENT" };
  for (const line of lines) {
    const resolved = line.performance[rate];
    if (resolved.basis.kind === "BASELINE_ASSUMED" || resolved.value === null) continue;
    const volume = functionById.get(line.functionKey)!.volumePerMonth;
    sum += volume * resolved.value;
    weight += volume;
    plain += resolved.value;
    count++;
    if (resolved.basis.kind === "VENDOR_METRIC") basis = resolved.basis;
  }
  if (count === 0) return { value: null, basis: { kind: "MISSING" } };
  return { value: weight > 0 ? sum / weight : plain / count, basis };
}

/** "No current SOC 2 …" → "Fails the PHI gate: no current SOC 2 …". */
function phiGateReason(reason: string): string {
  return `Fails the PHI gate: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
}
