import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/server/db/client";
import type { MatrixOverride } from "@/lib/scoring/decision-matrix";

/** The organisation's decision-matrix overrides, in the pure core's shape. */
export const listMatrixOverrides = cache(async (organizationId: string): Promise<MatrixOverride[]> => {
  const db = await getDb();
  const rows = await db.matrixOverride.findMany({ where: { organizationId }, orderBy: { function: "asc" } });
  return rows.map((row) => ({
    function: row.function,
    clinicalComplexity: row.clinicalComplexity,
    payerPolicyDependence: row.payerPolicyDependence,
    complianceSensitivity: row.complianceSensitivity,
    automationPotential: row.automationPotential,
    handlesPhi: row.handlesPhi,
    recommendation: row.recommendation,
    reason: row.reason,
  }));
});
