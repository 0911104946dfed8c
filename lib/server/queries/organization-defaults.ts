import "server-only";
import { getDb } from "@/lib/server/db/client";
import { lastChangeOf } from "@/lib/server/audit/last-change";
import { parseAssumptions } from "@/lib/server/evaluations/load-stored-evaluation";
import { criterionWeightsOf, parseAssumptionSources } from "@/lib/evaluation/organization-defaults";
import { resolveAssumptions } from "@/lib/tco/assumptions";

/** The organisation's defaults as the Settings page shows them: every assumption (its own, else MODEL.md's), sources, weights, version. */
export async function getOrganizationDefaults(organizationId: string) {
  const db = await getDb();
  const row = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { assumptions: true, assumptionSources: true, criterionWeights: true, version: true, updatedAt: true } });
  const lastChange = row.version > 1 ? await lastChangeOf(db, organizationId, "Organization", organizationId, row.updatedAt) : null;
  const own = parseAssumptions(row.assumptions);
  return {
    version: row.version,
    own,
    assumptions: resolveAssumptions(own),
    sources: parseAssumptionSources(row.assumptionSources),
    weights: criterionWeightsOf(row.criterionWeights),
    lastChange,
  };
}
