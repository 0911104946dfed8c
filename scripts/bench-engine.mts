// Benchmarks the TCO engine (issue targets, one core): (a) deterministic evaluation of
// 20 bids × 6 functions × 60 months < 0.5 ms; (b) Monte Carlo, 10,000 iterations, 10 bids ×
// 6 functions × 60 months, every performance rate ranged < 150 ms (percentiles, payback and
// probabilities included). Prints the median and the throughput of each.
import { runTcoScenario } from "../lib/tco/run-tco-scenario.ts";
import { HEALTHCARE_FUNCTIONS } from "../lib/scoring/healthcare-function.ts";
import { PRICING_MODELS, type Bid, type TcoScenario } from "../lib/tco/scenario.ts";
import type { Uncertain } from "../lib/tco/uncertain.ts";

function scenario(bids: number, functions: number, ranged: boolean): TcoScenario {
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

function bench(label: string, run: () => unknown, minRuns: number, minMs: number, perRun: { n: number; unit: string }) {
  for (let i = 0; i < Math.min(minRuns, 20); i++) run(); // warm-up: let the JIT optimise the kernel
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p90 = times[Math.floor(times.length * 0.9)];
  const throughput = (perRun.n / median) * 1000;
  console.log(
    `${label}\n  runs ${times.length}, median ${median.toFixed(3)} ms, p90 ${p90.toFixed(3)} ms, ` +
      `throughput ${Math.round(1000 / median).toLocaleString("en-US")} runs/s = ${Math.round(throughput).toLocaleString("en-US")} ${perRun.unit}/s`,
  );
  return median;
}

const det = scenario(20, 6, false);
const a = bench("(a) deterministic: 20 bids × 6 functions × 60 months (full response incl. monthly series and fit)", () => runTcoScenario(det), 500, 2000, {
  n: 20 * 6 * 60,
  unit: "line-months",
});

const mc = { ...scenario(10, 6, true), monteCarlo: { iterations: 10_000, seed: 1 } };
const b = bench("(b) Monte Carlo: 10,000 iterations × 10 bids × 6 functions × 60 months, all 5 rates ranged (incl. percentiles, payback, P(lowest), tornado)", () => runTcoScenario(mc), 15, 3000, {
  n: 10_000 * 10 * 6 * 60,
  unit: "line-months",
});

console.log(`\ntargets: (a) < 0.5 ms ${a < 0.5 ? "met" : "MISSED"}; (b) < 150 ms ${b < 150 ? "met" : "MISSED"}  (node ${process.version})`);
