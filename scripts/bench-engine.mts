// Benchmarks the TCO engine (issue targets, one core): (a) deterministic evaluation of
// 20 bids × 6 functions × 60 months < 0.5 ms; (b) Monte Carlo, 10,000 iterations, 10 bids ×
// 6 functions × 60 months, every performance rate ranged < 150 ms (percentiles, payback and
// probabilities included). Prints the median and the throughput of each.
import { runTcoScenario } from "../lib/tco/run-tco-scenario.ts";
import { benchScenario as scenario } from "./bench-scenario.mts";

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
