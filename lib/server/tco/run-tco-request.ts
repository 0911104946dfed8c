import "server-only";
import { validationError } from "@/lib/server/api/api-error";
import { tcoWorkerPool, type TcoWorkerPool } from "@/lib/server/tco/tco-worker-pool";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import type { TcoResult } from "@/lib/tco/tco-result";
import { TcoScenarioSchema } from "@/lib/schemas/tco-scenario";

/**
 * POST /api/v1/tco without the HTTP: validates a parsed JSON body (400 ApiError naming each
 * bad field) and runs the model. Nothing is stored. The request carries no compliance
 * evidence, so every bid counts as qualified for "probability of lowest TCO". Monte Carlo
 * goes to the worker pool (bounded: 429/503 with Retry-After when full); a deterministic run is fast enough (< 1 ms) to stay in-thread.
 */
export async function runTcoRequest(body: unknown, pool: TcoWorkerPool = tcoWorkerPool(), userId?: string): Promise<TcoResult> {
  const parsed = TcoScenarioSchema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error);
  const scenario = parsed.data;
  return scenario.monteCarlo ? pool.run(scenario, { userId }) : runTcoScenario(scenario);
}
