import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { isUniqueViolation } from "@/lib/server/domain-errors";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import { duplicateObservation } from "@/lib/server/mutations/duplicate-observation";
import { requireVendor } from "@/lib/server/mutations/version-conflict";
import type { MetricObservationInput } from "@/lib/schemas/metric-observation";

/** Records a metric observation for one of the organisation's vendors, entered by the caller, with its audit event. */
export async function addMetricObservation(db: Db, auth: AuthContext, vendorId: string, input: MetricObservationInput) {
  try {
    return await db.$transaction(async (tx) => {
      await requireVendor(tx, auth, vendorId);
      const observation = await tx.metricObservation.create({ data: { ...input, organizationId: auth.organizationId, vendorId, enteredById: auth.userId } });
      await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action: "add-metric-observation", entityType: "MetricObservation", entityId: observation.id, after: observation });
      return observation;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateObservation();
    throw error;
  }
}
