import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { isUniqueViolation, NotFoundError } from "@/lib/server/domain-errors";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import { duplicateObservation } from "@/lib/server/mutations/duplicate-observation";
import { conflictOrGone } from "@/lib/server/mutations/version-conflict";
import type { MetricObservationUpdate } from "@/lib/schemas/metric-observation";

/** Replaces an observation's figures if it is still at the version the analyst loaded; audited with before and after. */
export async function correctMetricObservation(db: Db, auth: AuthContext, observationId: string, update: MetricObservationUpdate) {
  const { version, ...data } = update;
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.metricObservation.findFirst({ where: { id: observationId, organizationId: auth.organizationId } });
      if (!before) throw new NotFoundError("Metric observation");
      const { count } = await tx.metricObservation.updateMany({ where: { id: observationId, version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw await conflictOrGone(tx, auth, "MetricObservation", await tx.metricObservation.findUnique({ where: { id: observationId } }));
      const after = await tx.metricObservation.findUniqueOrThrow({ where: { id: observationId } });
      await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action: "correct-metric-observation", entityType: "MetricObservation", entityId: observationId, before, after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateObservation();
    throw error;
  }
}
