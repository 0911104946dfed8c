import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { getDb } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/domain-errors";
import { loadStoredEvaluation } from "@/lib/server/evaluations/load-stored-evaluation";
import { tcoWorkerPool, type TcoWorkerPool } from "@/lib/server/tco/tco-worker-pool";
import { assembleEvaluation } from "@/lib/evaluation/assemble-evaluation";
import { evaluateAssembled, uncertaintyOutcome } from "@/lib/evaluation/evaluate-evaluation";
import type { EvaluationResults } from "@/lib/evaluation/evaluation-results";

export interface ResultsOptions {
  /** Monte Carlo iterations; absent = deterministic results only. */
  monteCarlo?: number;
  pool?: TcoWorkerPool;
  now?: Date;
}

/**
 * The results of one of the caller's organisation's evaluations, from its stored rows: what the
 * overview, the TCO view and GET /api/v1/evaluations/{id}/results all show. With `monteCarlo`,
 * the uncertainty block runs on the worker pool with the evaluation's stored seed, so the same
 * stored data always gives the same figures. Throws NotFoundError for another organisation's id.
 */
export async function getEvaluationResults(auth: AuthContext, evaluationId: string, options: ResultsOptions = {}): Promise<EvaluationResults> {
  const stored = await loadStoredEvaluation(await getDb(), auth.organizationId, evaluationId, options.now);
  if (!stored) throw new NotFoundError("Evaluation");
  const assembled = assembleEvaluation(stored);
  const results = evaluateAssembled(assembled);
  if (options.monteCarlo === undefined) return results;
  const monteCarlo = { iterations: options.monteCarlo, seed: stored.monteCarloSeed, cumulativeBands: true };
  if (assembled.bids.length === 0) return { ...results, uncertainty: { iterations: monteCarlo.iterations, seed: monteCarlo.seed, bids: {} } };
  const mc = await (options.pool ?? tcoWorkerPool()).run({ ...assembled.scenario, monteCarlo });
  return { ...results, uncertainty: uncertaintyOutcome(assembled, mc, monteCarlo.iterations, monteCarlo.seed) };
}
