import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { NotFoundError } from "@/lib/server/domain-errors";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import { conflictOrGone } from "@/lib/server/mutations/version-conflict";

/** Removes an observation (the audit event keeps what it said); `version`, when given, must be current. Returns its vendor's id. */
export async function removeMetricObservation(db: Db, auth: AuthContext, observationId: string, version?: number): Promise<string> {
  return db.$transaction(async (tx) => {
    const before = await tx.metricObservation.findFirst({ where: { id: observationId, organizationId: auth.organizationId } });
    if (!before) throw new NotFoundError("Metric observation");
    const { count } = await tx.metricObservation.deleteMany({ where: { id: observationId, version: version ?? before.version } });
    if (count === 0) throw await conflictOrGone(tx, auth, "MetricObservation", await tx.metricObservation.findUnique({ where: { id: observationId } }));
    await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action: "remove-metric-observation", entityType: "MetricObservation", entityId: observationId, before });
    return before.vendorId;
  });
}
