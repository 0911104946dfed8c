import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { NotFoundError } from "@/lib/server/domain-errors";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import { conflictOrGone } from "@/lib/server/mutations/version-conflict";

/** Removes a piece of evidence (e.g. recorded against the wrong vendor); the audit event keeps it. Returns its vendor's id. */
export async function removeComplianceEvidence(db: Db, auth: AuthContext, evidenceId: string, version?: number): Promise<string> {
  return db.$transaction(async (tx) => {
    const before = await tx.complianceEvidence.findFirst({ where: { id: evidenceId, organizationId: auth.organizationId } });
    if (!before) throw new NotFoundError("Compliance evidence");
    const { count } = await tx.complianceEvidence.deleteMany({ where: { id: evidenceId, version: version ?? before.version } });
    if (count === 0) throw await conflictOrGone(tx, auth, "ComplianceEvidence", await tx.complianceEvidence.findUnique({ where: { id: evidenceId } }));
    await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action: "remove-compliance-evidence", entityType: "ComplianceEvidence", entityId: evidenceId, before });
    return before.vendorId;
  });
}
