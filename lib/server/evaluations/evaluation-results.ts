import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { getDb } from "@/lib/server/db/client";
import { NotFoundError, WorkLimitError } from "@/lib/server/domain-errors";
import { loadStoredEvaluation } from "@/lib/server/evaluations/load-stored-evaluation";
import { tcoWorkerPool, type TcoWorkerPool } from "@/lib/server/tco/tco-worker-pool";
import { assembleEvaluation } from "@/lib/evaluation/assemble-evaluation";
import { evaluateAssembled, uncertaintyOutcome } from "@/lib/evaluation/evaluate-evaluation";
import type { EvaluationResults } from "@/lib/evaluation/evaluation-results";
import { snapshotTakenAt, storedFromSnapshot } from "@/lib/evaluation/decision-snapshot";
import type { StoredEvaluation } from "@/lib/evaluation/stored-evaluation";
import { MAX_MONTE_CARLO_WORK, monteCarloWork, monteCarloWorkMessage } from "@/lib/tco/monte-carlo-work";

export interface ResultsOptions {
  /** Today's data even for a decided evaluation (the comparison with the decision's frozen inputs). */
  live?: boolean;
  /** Monte Carlo iterations; absent = deterministic results only. */
  monteCarlo?: number;
  pool?: TcoWorkerPool;
  now?: Date;
}

/**
 * The results of one of the caller's organisation's evaluations, from its stored rows: what the
 * overview, the TCO view and GET /api/v1/evaluations/{id}/results all show. With `monteCarlo`,
 * the uncertainty block runs on the worker pool with the evaluation's stored seed, so the same
 * stored data always gives the same figures. A decided or approved evaluation's results come from
 * the inputs frozen when the decision was recorded (`frozenAt`), unless `live` asks for today's.
 * Throws NotFoundError for another organisation's id, WorkLimitError (400) when the run would be
 * more than one request may do, BusyError (429/503) when the pool cannot take it now.
 */
export async function getEvaluationResults(auth: AuthContext, evaluationId: string, options: ResultsOptions = {}): Promise<EvaluationResults> {
  const loaded = await loadResultsInputs(auth.organizationId, evaluationId, options);
  if (!loaded) throw new NotFoundError("Evaluation");
  const { stored, frozenAt } = loaded;
  const assembled = assembleEvaluation(stored);
  const results = { ...evaluateAssembled(assembled), ...(frozenAt ? { frozenAt: frozenAt.toISOString() } : {}) };
  if (options.monteCarlo === undefined) return results;
  const monteCarlo = { iterations: options.monteCarlo, seed: stored.monteCarloSeed, cumulativeBands: true };
  if (assembled.bids.length === 0) return { ...results, uncertainty: { iterations: monteCarlo.iterations, seed: monteCarlo.seed, bids: {} } };
  const scenario = { ...assembled.scenario, monteCarlo };
  const work = monteCarloWork(scenario);
  if (work > MAX_MONTE_CARLO_WORK) throw new WorkLimitError("monteCarlo", monteCarloWorkMessage(work));
  const mc = await (options.pool ?? tcoWorkerPool()).run(scenario, { userId: auth.userId });
  return { ...results, uncertainty: uncertaintyOutcome(assembled, mc, monteCarlo.iterations, monteCarlo.seed) };
}

const DECIDED = new Set(["DECISION_RECORDED", "APPROVED"]);

/** The stored inputs the results are computed from: the decision's frozen snapshot for a decided evaluation (unless `live`), else today's rows. */
export async function loadResultsInputs(organizationId: string, evaluationId: string, options: Pick<ResultsOptions, "live" | "now"> = {}): Promise<{ stored: StoredEvaluation; frozenAt: Date | null } | null> {
  const db = await getDb();
  if (!options.live) {
    const row = await db.evaluation.findFirst({ where: { id: evaluationId, organizationId }, select: { status: true, version: true, decisionSnapshot: true } });
    if (!row) return null;
    if (DECIDED.has(row.status) && row.decisionSnapshot !== null) {
      return { stored: storedFromSnapshot(row.decisionSnapshot, row.version), frozenAt: snapshotTakenAt(row.decisionSnapshot) };
    }
  }
  const stored = await loadStoredEvaluation(db, organizationId, evaluationId, options.now);
  return stored ? { stored, frozenAt: null } : null;
}
