import "server-only";
import { randomInt } from "node:crypto";
import { getDb } from "@/lib/server/db/client";
import { evaluationFunctionJson } from "@/lib/server/api/evaluation-json";
import { parseAssumptions } from "@/lib/server/evaluations/load-stored-evaluation";
import { listMatrixOverrides } from "@/lib/server/queries/matrix-overrides";
import { buildDecisionMatrix, RECOMMENDATION_LABELS } from "@/lib/scoring/decision-matrix";
import { MAX_SEED } from "@/lib/schemas/evaluation";
import { resolveAssumptions, type AssumptionName } from "@/lib/tco/assumptions";
import { assumptionRows } from "@/lib/evaluation/assumption-sources";
import { parseAssumptionSources } from "@/lib/evaluation/organization-defaults";
import type { Uncertain } from "@/lib/tco/uncertain";

/** A function of the decision matrix as the scope picker shows it (with the organisation's overrides). */
export interface ScopeChoice {
  function: string;
  label: string;
  recommendation: string;
  rationale: string;
  overrideReason: string | null;
}

/** One assumption row of the form: the value it starts with and where that value comes from. */
export interface AssumptionChoice {
  name: AssumptionName;
  label: string;
  unit: string;
  value: Uncertain;
  /** Where the value comes from: "Organisation default", MODEL.md's source, or "Set for this evaluation". */
  source: string;
  /** What the organisation's default is, shown when the evaluation differs from it. */
  organizationValue: Uncertain;
}

/**
 * What the create/edit form needs: the decision matrix with the organisation's overrides, and
 * every assumption pre-filled — the evaluation's own value, else the organisation's default,
 * else MODEL.md's — with its source. `evaluationAssumptions` is the edited evaluation's own.
 */
export async function getEvaluationFormChoices(organizationId: string, evaluationAssumptions: Partial<Record<AssumptionName, Uncertain>> = {}) {
  const db = await getDb();
  const [organization, overrides] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { assumptions: true, assumptionSources: true } }),
    listMatrixOverrides(organizationId),
  ]);
  const own = parseAssumptions(organization.assumptions);
  const organizationValues = resolveAssumptions(own);
  const scope: ScopeChoice[] = buildDecisionMatrix(overrides).map((row) => ({
    function: row.function,
    label: row.label,
    recommendation: RECOMMENDATION_LABELS[row.recommendation],
    rationale: row.rationale,
    overrideReason: row.overrideReason,
  }));
  // A new evaluation starts from the organisation's defaults; an edited one shows what it stores.
  const current = { ...organizationValues, ...evaluationAssumptions };
  const assumptions: AssumptionChoice[] = assumptionRows(current, own, parseAssumptionSources(organization.assumptionSources)).map((row) => ({ ...row, organizationValue: organizationValues[row.name] }));
  return { scope, assumptions };
}

/** A fresh seed for a new evaluation's form (shown, and changeable). */
export function newSeed(): number {
  return randomInt(0, MAX_SEED);
}

/** The evaluation being edited, in the form's terms, or null when it is not the organisation's. */
export async function getEvaluationForEdit(organizationId: string, evaluationId: string) {
  const db = await getDb();
  const row = await db.evaluation.findFirst({ where: { id: evaluationId, organizationId }, include: { functions: { orderBy: { createdAt: "asc" } }, _count: { select: { bids: true } } } });
  if (!row) return null;
  return { row, functions: row.functions.map(evaluationFunctionJson), assumptions: parseAssumptions(row.assumptions) };
}
