import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { NotFoundError } from "@/lib/server/domain-errors";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import { conflictOrGone } from "@/lib/server/mutations/version-conflict";
import { evidenceExpiry } from "@/lib/scoring/compliance";
import type { ComplianceEvidenceUpdate } from "@/lib/schemas/compliance-evidence";

/** Corrects a piece of evidence at the version the analyst loaded; the expiry is derived again. */
export async function updateComplianceEvidence(db: Db, auth: AuthContext, evidenceId: string, update: ComplianceEvidenceUpdate) {
  const { version, ...data } = update;
  return db.$transaction(async (tx) => {
    const before = await tx.complianceEvidence.findFirst({ where: { id: evidenceId, organizationId: auth.organizationId } });
    if (!before) throw new NotFoundError("Compliance evidence");
    const { count } = await tx.complianceEvidence.updateMany({
      where: { id: evidenceId, version },
      data: { ...data, expiresAt: evidenceExpiry(data.item, data.effectiveDate), version: { increment: 1 } },
    });
    if (count === 0) throw await conflictOrGone(tx, auth, "ComplianceEvidence", await tx.complianceEvidence.findUnique({ where: { id: evidenceId } }));
    const after = await tx.complianceEvidence.findUniqueOrThrow({ where: { id: evidenceId } });
    await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action: "update-compliance-evidence", entityType: "ComplianceEvidence", entityId: evidenceId, before, after });
    return after;
  });
}
