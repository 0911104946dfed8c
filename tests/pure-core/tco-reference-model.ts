import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES, type AssumptionName } from "@/lib/tco/assumptions";
import type { PerformanceRate, Pricing, TcoScenario } from "@/lib/tco/scenario";
import { modeOf, type Uncertain } from "@/lib/tco/uncertain";

/**
 * MODEL.md §5 written the slow, obvious way — month by month, line by line, straight from the
 * formulas — as an oracle for the engine's closed form (lib/tco/bid-kernel.ts). Deterministic:
 * every input at its mode. One modelling choice of the engine is followed on purpose: collections
 * never go below 0, so percent-of-collections fees never do either.
 */
export interface ReferenceComponents {
  fees: number;
  reworkCost: number;
  writeOffs: number;
  leakage: number;
  auditExposure: number;
  delayCost: number;
  turnoverCost: number;
  complianceRisk: number;
  oversight: number;
  implementationFee: number;
}

export interface ReferenceBid {
  tco: number;
  components: ReferenceComponents;
  monthlyCost: number[];
  cumulativeNetBenefit: number[];
  paybackMonth: number | null;
}

type Rates = Record<PerformanceRate, number>;

const zero = (): ReferenceComponents => ({ fees: 0, reworkCost: 0, writeOffs: 0, leakage: 0, auditExposure: 0, delayCost: 0, turnoverCost: 0, complianceRisk: 0, oversight: 0, implementationFee: 0 });
const rates = (p: Record<PerformanceRate, Uncertain>): Rates => ({ denialRate: modeOf(p.denialRate), reworkRate: modeOf(p.reworkRate), overturnRate: modeOf(p.overturnRate), codingAccuracy: modeOf(p.codingAccuracy), firstPassRate: modeOf(p.firstPassRate) });

/** One line's month: MODEL.md §5 "Month m of one line", fees from `fees(collected)`. */
function lineMonth(a: Record<AssumptionName, number>, V: number, A: number, x: Rates, fees: (collected: number) => number, into: ReferenceComponents): number {
  const denials = V * x.denialRate;
  const reworkCost = denials * x.reworkRate * a.reworkCostPerDenial;
  const writeOffs = denials * (1 - x.reworkRate * x.overturnRate) * A;
  const leakage = V * (1 - x.codingAccuracy) * a.undercodeShare * a.undercodeLoss * A;
  const auditExposure = V * (1 - x.codingAccuracy) * (1 - a.undercodeShare) * (a.auditRate / 12) * a.recoupmentMultiplier * A;
  const delayCost = (V * (1 - x.firstPassRate) * A * a.costOfCapital * a.delayDays) / 365;
  const collected = V * A - writeOffs - leakage - auditExposure;
  const f = fees(collected);
  into.fees += f;
  into.reworkCost += reworkCost;
  into.writeOffs += writeOffs;
  into.leakage += leakage;
  into.auditExposure += auditExposure;
  into.delayCost += delayCost;
  return f + reworkCost + writeOffs + leakage + auditExposure + delayCost;
}

function pricedFees(pricing: Pricing, V: number): (collected: number) => number {
  const r = modeOf(pricing.rate);
  const minimum = modeOf(pricing.monthlyMinimum);
  const raw = (collected: number) => {
    switch (pricing.model) {
      case "PER_HOUR":
        return r * modeOf(pricing.hoursPerMonth);
      case "PER_FTE_MONTH":
        return r * modeOf(pricing.fte);
      case "PER_UNIT":
        return r * V;
      case "PERCENT_OF_COLLECTIONS":
        return r * Math.max(0, collected);
    }
  };
  return (collected) => Math.max(raw(collected), minimum);
}

/** The baseline's monthly cost and every bid's results, month by month. */
export function referenceModel(s: TcoScenario): { baselineMonthly: number; bids: ReferenceBid[] } {
  const a = Object.fromEntries(ASSUMPTION_NAMES.map((n) => [n, modeOf(s.assumptions?.[n], ASSUMPTION_DEFAULTS[n].value)])) as Record<AssumptionName, number>;
  const T = s.termMonths;
  const R = a.rampMonths;
  const todayOf = (f: TcoScenario["functions"][number], into: ReferenceComponents) =>
    lineMonth(a, modeOf(f.volumePerMonth), modeOf(f.revenuePerUnit), rates(f.baseline), () => modeOf(f.baseline.monthlyCost), into);
  const baselineMonthly = s.functions.reduce((sum, f) => sum + todayOf(f, zero()), 0);

  const bids = s.bids.map((bid): ReferenceBid => {
    const components = zero();
    const monthlyCost: number[] = [];
    const cumulativeNetBenefit: number[] = [];
    let cumulative = 0;
    let paybackMonth: number | null = null;
    const maturity = modeOf(bid.complianceMaturity);
    for (let m = 1; m <= T; m++) {
      const w = R === 0 ? 1 : Math.min(m / R, 1);
      let cost = 0;
      for (const f of s.functions) {
        const line = bid.lines.find((l) => l.function === f.key);
        // A function the bid does not cover stays with today's arrangement.
        if (!line) {
          cost += todayOf(f, components);
          continue;
        }
        const base = rates(f.baseline);
        const own = rates(line.performance);
        const x = Object.fromEntries(Object.keys(base).map((k) => [k, base[k as PerformanceRate] + w * (own[k as PerformanceRate] - base[k as PerformanceRate])])) as Rates;
        const V = modeOf(f.volumePerMonth);
        cost += lineMonth(a, V, modeOf(f.revenuePerUnit), x, pricedFees(line.pricing, V), components);
      }
      const turnover = ((modeOf(bid.fte) * modeOf(bid.turnoverRate)) / 12) * a.departureCost;
      const compliance = ((a.breachProbAtZero - (a.breachProbAtZero - a.breachProbAtFull) * maturity) * a.breachCost) / 12;
      const oversight = modeOf(bid.oversightPerMonth);
      const implementation = m === 1 ? modeOf(bid.implementationFee) : 0;
      components.turnoverCost += turnover;
      components.complianceRisk += compliance;
      components.oversight += oversight;
      components.implementationFee += implementation;
      cost += turnover + compliance + oversight + implementation;
      monthlyCost.push(cost);
      cumulative += baselineMonthly - cost;
      cumulativeNetBenefit.push(cumulative);
      if (paybackMonth === null && cumulative >= 0) paybackMonth = m;
    }
    return { tco: monthlyCost.reduce((x, y) => x + y, 0), components, monthlyCost, cumulativeNetBenefit, paybackMonth };
  });
  return { baselineMonthly, bids };
}
