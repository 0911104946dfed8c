import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { ConfirmedRemoveForm } from "@/components/ui/version-action-form";
import { ComplianceEvidenceForm } from "@/components/vendors/compliance-evidence-form";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { getComplianceEvidence } from "@/lib/server/queries/registry-records";
import { isoDateText } from "@/lib/schemas/iso-date";
import { EVIDENCE_ITEM_TABLE } from "@/lib/scoring/compliance";
import { removeComplianceEvidenceAction, updateComplianceEvidenceAction } from "../actions";

export const metadata: Metadata = { title: "Correct compliance evidence" };

export default async function ComplianceEvidencePage({ params }: { params: Promise<{ id: string; evidenceId: string }> }) {
  const auth = await requirePagePermission("edit:vendor");
  const { id, evidenceId } = await params;
  const evidence = await getComplianceEvidence(auth.organizationId, evidenceId);
  if (!evidence || evidence.vendorId !== id) notFound();
  const vendorHref = `/vendors/${evidence.vendor.id}`;
  return (
    <>
      <BackLink href={vendorHref} label={evidence.vendor.name} />
      <PageHeader
        title={`Correct: ${EVIDENCE_ITEM_TABLE[evidence.item].label}`}
        description="Correct a mistake in this record. A new report or certificate is a renewal: record it as new evidence."
        actions={
          <>
            <Link href={`${vendorHref}/evidence/new?renew=${evidence.id}`} className="h-fit rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-100">
              Renew instead
            </Link>
            <ConfirmedRemoveForm
              id="remove-evidence"
              action={removeComplianceEvidenceAction.bind(null, evidence.id)}
              version={evidence.version}
              summary="Remove…"
              warning="Remove this evidence? Compliance maturity and the PHI gate will no longer count it. The audit trail keeps what it said."
              label="Remove evidence"
              pendingLabel="Removing…"
            />
          </>
        }
      />
      <ComplianceEvidenceForm
        action={updateComplianceEvidenceAction.bind(null, evidence.id)}
        cancelHref={`${vendorHref}#compliance-evidence`}
        submitLabel="Save correction"
        defaultValue={{
          item: evidence.item,
          level: evidence.level,
          effectiveDate: isoDateText(evidence.effectiveDate),
          periodStart: isoDateText(evidence.periodStart),
          periodEnd: isoDateText(evidence.periodEnd),
          documentRef: evidence.documentRef ?? "",
          documentIssuer: evidence.documentIssuer ?? "",
          notes: evidence.notes ?? "",
          version: String(evidence.version),
        }}
      />
    </>
  );
}
