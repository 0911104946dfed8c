// A stand-in for the Monte Carlo worker bundle, to try the pool's bounds on real worker threads:
// it holds each run for `holdMs` (spinning, as Monte Carlo does, so only terminating the thread
// can stop it) and answers { tag }. A run's work is its iterations (1 month, 1 bid line).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TcoScenario } from "@/lib/tco/scenario";

const SOURCE = `
import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, scenario }) => {
  const end = Date.now() + scenario.holdMs;
  while (Date.now() < end) {}
  parentPort.postMessage({ id, ok: true, result: { tag: scenario.tag } });
});
`;

/** Writes the fake bundle into a fresh temporary folder; `remove` deletes it. */
export function writeFakeTcoWorker(): { bundlePath: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "fake-tco-worker-"));
  const bundlePath = path.join(dir, "fake-worker.mjs");
  writeFileSync(bundlePath, SOURCE);
  return { bundlePath, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A scenario the fake worker holds for holdMs; its work is `iterations` line-months. */
export function fakeJob(tag: string, iterations: number, holdMs: number): TcoScenario {
  return { termMonths: 1, bids: [{ lines: [{}] }], functions: [], monteCarlo: { iterations, seed: 1 }, tag, holdMs } as unknown as TcoScenario;
}

export const tagOf = (result: unknown) => (result as { tag: string }).tag;
