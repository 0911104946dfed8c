import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { HistoryLink } from "@/components/audit/history-link";
import { EmptyState, Panel, PanelLink } from "@/components/ui/panel";
import { StaffCertificationsSummary } from "@/components/vendors/staff-certifications-summary";
import { ComplianceSummary } from "@/components/vendors/compliance-summary";
import { EvidenceTable } from "@/components/vendors/evidence-table";
import { MetricHistorySection } from "@/components/vendors/metric-history-section";
import { VendorProfile } from "@/components/vendors/vendor-profile";
import { VendorLifecycleActions } from "@/components/vendors/vendor-lifecycle-actions";
import { archiveVendorAction, removeVendorAction, restoreVendorAction } from "./lifecycle-actions";
import { requireAuth } from "@/lib/server/auth/current-auth";
import { can } from "@/lib/server/permissions";
import { getVendorDetail } from "@/lib/server/queries/vendors";
import { formatCode, formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Vendor" };

export default async function VendorPage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requireAuth();
  const { id } = await params;
  const vendor = await getVendorDetail(auth.organizationId, id);
  if (!vendor) notFound();
  const now = new Date();
  const canEdit = can(auth.role, "edit:vendor");
  const canReadAudit = can(auth.role, "read:audit");
  return (
    <>
      <BackLink href="/vendors" label="Vendors" />
      <PageHeader
        title={vendor.name}
        description={`${formatCode(vendor.operatingModel)} vendor · updated ${formatDate(vendor.updatedAt)}`}
        actions={
          canEdit || canReadAudit ? (
            <div className="flex gap-2 print:hidden">
              {canReadAudit && <HistoryLink recordId={vendor.id} />}
              {canEdit && (
                <>
                  <Link href={`/vendors/${vendor.id}/edit`} className="h-fit rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
                    Edit vendor
                  </Link>
                  <VendorLifecycleActions
                    version={vendor.version}
                    archived={vendor.archivedAt !== null}
                    deletable={vendor.bids.length === 0}
                    archive={archiveVendorAction.bind(null, vendor.id)}
                    restore={restoreVendorAction.bind(null, vendor.id)}
                    remove={removeVendorAction.bind(null, vendor.id)}
                  />
                </>
              )}
            </div>
          ) : undefined
        }
      />
      {vendor.archivedAt && (
        <p role="note" className="mb-4 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          Archived on {formatDate(vendor.archivedAt)}: hidden from the vendor list and from new bids. Its history and bids stay.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel title="Profile">
          <VendorProfile vendor={vendor} />
        </Panel>
        <Panel title="Staff certifications" id="staff-certifications" action={canEdit ? <PanelLink href={`/vendors/${vendor.id}/certifications`}>Update counts</PanelLink> : undefined}>
          <StaffCertificationsSummary census={vendor.staffCensus} certifications={vendor.certifications} />
        </Panel>
        <div className="lg:col-span-2">
          <Panel title="Compliance evidence" id="compliance-evidence" action={canEdit ? <PanelLink href={`/vendors/${vendor.id}/evidence/new`}>Add evidence</PanelLink> : undefined}>
            <ComplianceSummary evidence={vendor.complianceEvidence} asOf={now} />
            <EvidenceTable evidence={vendor.complianceEvidence} now={now} canEdit={canEdit} />
          </Panel>
        </div>
        <div className="lg:col-span-2">
          <Panel title="Metric history" id="metrics" action={canEdit ? <PanelLink href={`/vendors/${vendor.id}/metrics/new`}>Add observation</PanelLink> : undefined}>
            <MetricHistorySection
              vendorId={vendor.id}
              canEdit={canEdit}
              observations={vendor.metricObservations.map((o) => ({ ...o, value: Number(o.value.toString()) }))}
            />
          </Panel>
        </div>
        <div className="lg:col-span-2">
          <Panel title="Bids">
            {vendor.bids.length === 0 ? (
              <EmptyState>This vendor has not bid in any evaluation.</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {vendor.bids.map((bid) => (
                  <li key={bid.id} className="flex justify-between py-2">
                    <Link href={`/evaluations/${bid.evaluation.id}`} className="text-brand-800 hover:underline">
                      {bid.evaluation.name}
                    </Link>
                    <span className="text-slate-600">
                      {bid.label} · {formatCode(bid.status)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>
      </div>
    </>
  );
}
