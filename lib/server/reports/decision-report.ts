import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { getDb } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/domain-errors";
import { parseAssumptions } from "@/lib/server/evaluations/load-stored-evaluation";
import { getEvaluationResults, loadResultsInputs } from "@/lib/server/evaluations/evaluation-results";
import { logger } from "@/lib/server/logger";
import { getEvaluationDecision } from "@/lib/server/queries/evaluation-decision";
import { getEvaluationDetail } from "@/lib/server/queries/evaluations";
import { parseAssumptionSources } from "@/lib/evaluation/organization-defaults";
import { assumptionRows } from "@/lib/evaluation/assumption-sources";
import type { EvaluationResults } from "@/lib/evaluation/evaluation-results";

/** The results with the uncertainty block; without it (the report says so) if Monte Carlo fails. */
async function resultsWithUncertainty(auth: AuthContext, id: string, iterations: number): Promise<{ results: EvaluationResults; uncertaintyFailed: boolean }> {
  try {
    return { results: await getEvaluationResults(auth, id, { monteCarlo: iterations }), uncertaintyFailed: false };
  } catch (error) {
    logger().warn({ err: error, evaluationId: id }, "Monte Carlo failed for the decision report; it shows the deterministic results");
    return { results: await getEvaluationResults(auth, id), uncertaintyFailed: true };
  }
}

/**
 * Everything the decision report shows (the page and the PDF alike): the evaluation and its
 * scope, the decision and approval, the assumptions with their sources and the results with
 * uncertainty — for a decided evaluation, from the inputs frozen at the decision.
 * Throws NotFoundError for another organisation's evaluation.
 */
export async function getDecisionReport(auth: AuthContext, evaluationId: string) {
  const [evaluation, decision, inputs, organization] = await Promise.all([
    getEvaluationDetail(auth.organizationId, evaluationId),
    getEvaluationDecision(auth.organizationId, evaluationId),
    loadResultsInputs(auth.organizationId, evaluationId),
    getDb().then((db) => db.organization.findUniqueOrThrow({ where: { id: auth.organizationId }, select: { assumptions: true, assumptionSources: true } })),
  ]);
  if (!evaluation || !decision || !inputs) throw new NotFoundError("Evaluation");
  const { results, uncertaintyFailed } = await resultsWithUncertainty(auth, evaluationId, evaluation.monteCarloIterations);
  return { evaluation, decision, results, uncertaintyFailed, assumptions: assumptionRows(inputs.stored.assumptions, parseAssumptions(organization.assumptions), parseAssumptionSources(organization.assumptionSources)), organizationName: auth.organizationName, generatedAt: new Date() };
}
export type DecisionReport = Awaited<ReturnType<typeof getDecisionReport>>;
