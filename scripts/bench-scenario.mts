// The synthetic scenario the engine benchmarks run: bids × functions over 60 months, every
// pricing model in turn, optionally with a range on every performance rate.
import { HEALTHCARE_FUNCTIONS } from "../lib/scoring/healthcare-function.ts";
import { PRICING_MODELS, type Bid, type TcoScenario } from "../lib/tco/scenario.ts";
import type { Uncertain } from "../lib/tco/uncertain.ts";

export function benchScenario(bids: number, functions: number, ranged: boolean): TcoScenario {
  const rate = (x: number): Uncertain => (ranged ? { low: x * 0.8, mode: x, high: Math.min(1, x * 1.2) } : x);
  const fns = Array.from({ length: functions }, (_, f) => ({
    key: `f${f}`,
    function: HEALTHCARE_FUNCTIONS[f % HEALTHCARE_FUNCTIONS.length],
    volumePerMonth: 5000 + 1000 * f,
    revenuePerUnit: 400 + 100 * f,
    baseline: { denialRate: 0.118, reworkRate: 0.35, overturnRate: 0.54, codingAccuracy: 0.85, firstPassRate: 0.72, monthlyCost: 150_000 },
  }));
  const bidList: Bid[] = Array.from({ length: bids }, (_, b) => ({
    id: `bid-${b}`,
    vendorModel: (["GENERALIST", "SPECIALIZED", "AI_HYBRID"] as const)[b % 3],
    implementationFee: 100_000 + 10_000 * b,
    oversightPerMonth: 12_000,
    fte: 40,
    turnoverRate: 0.3 + 0.01 * b,
    complianceMaturity: 0.5 + 0.02 * b,
    lines: fns.map((f, l) => {
      const model = PRICING_MODELS[(b + l) % 4];
      return {
        function: f.key,
        pricing:
          model === "PER_HOUR" ? { model, rate: 25 + b, hoursPerMonth: 4000 }
          : model === "PER_FTE_MONTH" ? { model, rate: 4200 + 50 * b, fte: 25 }
          : model === "PER_UNIT" ? { model, rate: 18 + b / 2, monthlyMinimum: 50_000 }
          : { model, rate: 0.03 + b / 1000 },
        performance: {
          denialRate: rate(0.05 + 0.003 * b),
          reworkRate: rate(0.5),
          overturnRate: rate(0.55),
          codingAccuracy: rate(0.95 - 0.004 * b),
          firstPassRate: rate(0.9 - 0.005 * b),
        },
      };
    }),
  }));
  return { termMonths: 60, functions: fns, bids: bidList };
}
