import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { ComplianceEvidenceForm } from "@/components/vendors/compliance-evidence-form";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { getComplianceEvidence, getVendorName } from "@/lib/server/queries/registry-records";
import { EVIDENCE_ITEM_TABLE } from "@/lib/scoring/compliance";
import { addComplianceEvidenceAction } from "../actions";

export const metadata: Metadata = { title: "Add compliance evidence" };

/** New evidence; `?renew=<id>` starts from an earlier record of the same item (its dates left blank). */
export default async function NewComplianceEvidencePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ renew?: string }> }) {
  const auth = await requirePagePermission("edit:vendor");
  const [{ id }, { renew }] = await Promise.all([params, searchParams]);
  const vendor = await getVendorName(auth.organizationId, id);
  if (!vendor) notFound();
  const previous = renew ? await getComplianceEvidence(auth.organizationId, renew) : null;
  const renewing = previous && previous.vendorId === vendor.id ? previous : null;
  return (
    <>
      <BackLink href={`/vendors/${vendor.id}`} label={vendor.name} />
      <PageHeader
        title={renewing ? `Renew: ${EVIDENCE_ITEM_TABLE[renewing.item].label}` : "Add compliance evidence"}
        description={renewing ? "The new record counts from its effective date; the earlier one stays in the history." : `Evidence for ${vendor.name}: what was supplied, how far it was checked, and when it counts from.`}
      />
      <ComplianceEvidenceForm
        action={addComplianceEvidenceAction.bind(null, vendor.id)}
        cancelHref={`/vendors/${vendor.id}#compliance-evidence`}
        submitLabel={renewing ? "Record renewal" : "Add evidence"}
        defaultValue={{
          item: renewing?.item ?? "",
          level: renewing?.level ?? "",
          effectiveDate: "",
          periodStart: "",
          periodEnd: "",
          documentRef: "",
          documentIssuer: renewing?.documentIssuer ?? "",
          notes: "",
        }}
      />
    </>
  );
}
