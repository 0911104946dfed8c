// How much a running Monte Carlo slows everything else in the server process: while four
// 10,000-iteration Monte Carlo requests (10 bids × 6 functions × 60 months) are in flight,
// a small deterministic request arrives every 5 ms. Prints those requests' latency (from
// arrival to answer) with Monte Carlo on the worker pool and, for comparison, in-thread.
// Then the pool's lanes: six big Monte Carlo requests arrive at once (one runs, four wait, the
// sixth is refused with 503), and a small one (the TCO page's 10,000 iterations on a
// 5-bid evaluation) arrives every 250 ms meanwhile; prints how long the small ones took.
// Run: npm run bench:worker-pool (builds the worker bundle first).
import path from "node:path";
import { DEFAULT_WORKER_BUNDLE, TcoWorkerPool } from "../lib/server/tco/tco-worker-pool.ts";
import { monteCarloWork } from "../lib/tco/monte-carlo-work.ts";
import { runTcoScenario } from "../lib/tco/run-tco-scenario.ts";
import { benchScenario } from "./bench-scenario.mts";

const heavy = { ...benchScenario(10, 6, true), monteCarlo: { iterations: 10_000, seed: 1 } };
const small = benchScenario(3, 2, false);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function measure(label: string, pool: TcoWorkerPool) {
  await pool.run(heavy); // warm-up: spawn workers, JIT
  // Small requests "arrive" every 5 ms; each one's latency runs from its arrival to its answer,
  // so time spent waiting behind a blocked event loop counts.
  const latencies: number[] = [];
  const start = performance.now();
  let arrivals = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    while (start + arrivals * 5 <= now) {
      const arrived = start + arrivals * 5;
      runTcoScenario(small);
      latencies.push(performance.now() - arrived);
      arrivals++;
    }
  }, 5);
  await Promise.all([pool.run(heavy), pool.run(heavy), pool.run(heavy), pool.run(heavy)]);
  const wall = performance.now() - start;
  // Serve the requests that arrived while the event loop was busy, then stop.
  await new Promise((resolve) => setTimeout(resolve, 6));
  clearInterval(timer);
  latencies.sort((a, b) => a - b);
  console.log(
    `${label}: 4 Monte Carlo runs took ${wall.toFixed(0)} ms; ${latencies.length} small requests arrived meanwhile, ` +
      `latency p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms`,
  );
  await pool.close();
}

await measure("worker pool", new TcoWorkerPool({ bundlePath: DEFAULT_WORKER_BUNDLE }));
await measure("in-thread  ", new TcoWorkerPool({ bundlePath: path.join(import.meta.dirname, "no-such-bundle.mjs") }));

/** Small Monte Carlo runs while the large lane is full: how long each waits and runs. */
async function measureLanes() {
  const pool = new TcoWorkerPool({ bundlePath: DEFAULT_WORKER_BUNDLE });
  const big = { ...benchScenario(10, 6, true), monteCarlo: { iterations: 30_000, seed: 1 } };
  const tcoPage = { ...benchScenario(5, 5, true), monteCarlo: { iterations: 10_000, seed: 2 } };
  await Promise.all([pool.run(big), pool.run(tcoPage)]); // warm-up: spawn both lanes' workers, JIT
  const start = performance.now();
  let refused = 0;
  const bigRuns = Array.from({ length: 6 }, (_, i) =>
    pool.run({ ...big, monteCarlo: { iterations: 30_000, seed: 10 + i } }).then(
      () => undefined,
      () => void refused++,
    ),
  );
  const latencies: number[] = [];
  let done = false;
  const allBig = Promise.all(bigRuns).then(() => (done = true));
  while (!done) {
    const asked = performance.now();
    await pool.run(tcoPage);
    latencies.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await allBig;
  const wall = performance.now() - start;
  latencies.sort((a, b) => a - b);
  console.log(
    `lanes: 6 big runs (${(monteCarloWork(big) / 1e6).toFixed(0)} M line-months each) at once: ${refused} refused with 503, the rest took ${wall.toFixed(0)} ms; ` +
      `${latencies.length} small runs (${(monteCarloWork(tcoPage) / 1e6).toFixed(0)} M line-months) meanwhile took p50 ${percentile(latencies, 0.5).toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms`,
  );
  await pool.close();
}

await measureLanes();
