import "server-only";
import { parentPort } from "node:worker_threads";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import type { TcoScenario } from "@/lib/tco/scenario";

/**
 * Entry of the Monte Carlo worker thread, bundled by scripts/build-worker.mjs into
 * .worker/tco-worker.mjs. It receives validated scenarios and answers with results.
 */
export interface TcoWorkerRequest {
  id: number;
  scenario: TcoScenario;
}

export type TcoWorkerResponse = { id: number; ok: true; result: ReturnType<typeof runTcoScenario> } | { id: number; ok: false; message: string };

parentPort?.on("message", (message: TcoWorkerRequest) => {
  let response: TcoWorkerResponse;
  try {
    response = { id: message.id, ok: true, result: runTcoScenario(message.scenario) };
  } catch (error) {
    response = { id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
});
