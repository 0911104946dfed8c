import {
  baselineMonthlyCost,
  COMPONENT_NAMES,
  CONSTANT_COUNT,
  createWorkspace,
  deriveConstants,
  evaluateBidCost,
  monthlySeries,
  paybackMonth,
  type ComponentName,
} from "@/lib/tco/bid-kernel";
import { FN, type CompiledScenario } from "@/lib/tco/compile-scenario";
import type { TcoScenario } from "@/lib/tco/scenario";
import type { BidResult, LineFit, MonthResult, TcoResult } from "@/lib/tco/tco-result";
import { decisionMatrixRow, type Recommendation } from "@/lib/scoring/decision-matrix";
import { fitsRecommendation } from "@/lib/scoring/operating-model";
import type { HealthcareFunction } from "@/lib/scoring/healthcare-function";

/** Per-iteration totals shared by the deterministic run and Monte Carlo: gross and units over the term. */
export function termTotals(c: CompiledScenario, p: Float64Array): { gross: number; units: number } {
  let revenue = 0;
  let units = 0;
  for (let f = 0; f < c.functionCount; f++) {
    const fo = c.functionOffset[f];
    revenue += p[fo + FN.volume] * p[fo + FN.revenue];
    units += p[fo + FN.volume];
  }
  return { gross: c.termMonths * revenue, units: c.termMonths * units };
}

/*
 * Below these, gross and units count as zero: a ratio over a denormal-sized denominator is
 * meaningless and can overflow to Infinity. A millionth of a dollar over the whole term, or a
 * billionth of a unit, is no revenue and no volume to a CFO.
 */
const MIN_GROSS = 1e-6;
const MIN_UNITS = 1e-9;

/** NRR = 1 − TCO / gross (fraction); null when there is (practically) no revenue. */
export function netRevenueRealization(tco: number, gross: number): number | null {
  return gross >= MIN_GROSS ? 1 - tco / gross : null;
}

/** TCO per unit (USD); null when there are (practically) no units. */
export function tcoPerUnit(tco: number, units: number): number | null {
  return units >= MIN_UNITS ? tco / units : null;
}

/** The bid's fit to the decision matrix, line by line (MODEL.md §1). */
export function lineFits(
  scenario: TcoScenario,
  bidIndex: number,
  recommend: (fn: HealthcareFunction) => Recommendation = (fn) => decisionMatrixRow(fn).recommendation,
): LineFit[] {
  const bid = scenario.bids[bidIndex];
  const codeByKey = new Map(scenario.functions.map((f) => [f.key, f.function]));
  return bid.lines.map((line) => {
    const recommendation = recommend(codeByKey.get(line.function)!);
    return { function: line.function, recommendation, fit: fitsRecommendation(bid.vendorModel, recommendation) };
  });
}

/**
 * MODEL.md §5 at every input's mode: baseline, and per bid TCO, components, gross, NRR,
 * TCO per unit, payback and the monthly series. The baseline's series is its steady monthly
 * cost repeated (today's arrangement does not ramp).
 */
export function evaluateDeterministic(
  c: CompiledScenario,
  scenario: TcoScenario,
  recommend?: (fn: HealthcareFunction) => Recommendation,
): TcoResult {
  const p = c.params;
  const T = c.termMonths;
  const K = new Float64Array(CONSTANT_COUNT);
  deriveConstants(p, K);
  const baselineComponents = new Float64Array(COMPONENT_NAMES.length);
  const baseline = baselineMonthlyCost(c, p, K, baselineComponents);
  const { gross, units } = termTotals(c, p);
  const ws = createWorkspace(T + 1);
  const bids: BidResult[] = c.bidIds.map((id, b) => {
    const tco = evaluateBidCost(c, p, K, b, ws, true);
    const components = {} as Record<ComponentName, number>;
    COMPONENT_NAMES.forEach((name, i) => (components[name] = ws.components[i]));
    const series = monthlySeries(baseline, ws, T);
    const monthly: MonthResult[] = new Array(T);
    for (let m = 0; m < T; m++) monthly[m] = { month: m + 1, cost: series.cost[m], netBenefit: series.netBenefit[m], cumulativeNetBenefit: series.cumulative[m] };
    const payback = paybackMonth(baseline, ws, T);
    return {
      id,
      tco,
      components,
      gross,
      nrr: netRevenueRealization(tco, gross),
      tcoPerUnit: tcoPerUnit(tco, units),
      paybackMonth: payback > 0 ? payback : null,
      monthly,
      fit: lineFits(scenario, b, recommend),
    };
  });
  const components = {} as Record<ComponentName, number>;
  COMPONENT_NAMES.forEach((name, i) => (components[name] = T * baselineComponents[i]));
  return { baseline: { tco: T * baseline, monthly: new Array<number>(T).fill(baseline), components }, bids };
}
