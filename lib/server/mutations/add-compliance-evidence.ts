import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { actorOf } from "@/lib/server/mutations/vendor-change";
import { requireVendor } from "@/lib/server/mutations/version-conflict";
import { evidenceExpiry } from "@/lib/scoring/compliance";
import type { ComplianceEvidenceInput } from "@/lib/schemas/compliance-evidence";

/**
 * Records compliance evidence (a renewal is a new record: the old one stays in the history and
 * maturity counts the best current one). The expiry follows from item and effective date.
 */
export async function addComplianceEvidence(db: Db, auth: AuthContext, vendorId: string, input: ComplianceEvidenceInput) {
  return db.$transaction(async (tx) => {
    await requireVendor(tx, auth, vendorId);
    const evidence = await tx.complianceEvidence.create({
      data: { ...input, expiresAt: evidenceExpiry(input.item, input.effectiveDate), organizationId: auth.organizationId, vendorId },
    });
    await recordAuditEvent(tx, { organizationId: auth.organizationId, actor: actorOf(auth), action: "add-compliance-evidence", entityType: "ComplianceEvidence", entityId: evidence.id, after: evidence });
    return evidence;
  });
}
