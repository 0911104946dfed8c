import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { ConfirmedRemoveForm } from "@/components/ui/version-action-form";
import { MetricObservationForm } from "@/components/vendors/metric-observation-form";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { getMetricObservation } from "@/lib/server/queries/registry-records";
import { isoDateText } from "@/lib/schemas/iso-date";
import { formatDateTime, percentInputFromFraction } from "@/lib/format";
import { correctMetricObservationAction, removeMetricObservationAction } from "../actions";

export const metadata: Metadata = { title: "Correct metric observation" };

export default async function MetricObservationPage({ params }: { params: Promise<{ id: string; observationId: string }> }) {
  const auth = await requirePagePermission("edit:vendor");
  const { id, observationId } = await params;
  const observation = await getMetricObservation(auth.organizationId, observationId);
  if (!observation || observation.vendorId !== id) notFound();
  const vendorHref = `/vendors/${observation.vendor.id}`;
  return (
    <>
      <BackLink href={vendorHref} label={observation.vendor.name} />
      <PageHeader
        title="Correct a metric observation"
        description={`Recorded ${formatDateTime(observation.createdAt)}; the audit trail keeps the figures before your correction.`}
        actions={
          <ConfirmedRemoveForm
            id="remove-observation"
            action={removeMetricObservationAction.bind(null, observation.id)}
            version={observation.version}
            summary="Remove…"
            warning="Remove this observation? Scores will rest on the vendor's other figures. The audit trail keeps what it said."
            label="Remove observation"
            pendingLabel="Removing…"
          />
        }
      />
      <MetricObservationForm
        action={correctMetricObservationAction.bind(null, observation.id)}
        cancelHref={`${vendorHref}#metrics`}
        today={isoDateText(new Date())}
        defaultValue={{
          metric: observation.metric,
          value: percentInputFromFraction(observation.value),
          asOf: isoDateText(observation.asOf),
          source: observation.source,
          measurementBasis: observation.measurementBasis ?? "",
          note: observation.note ?? "",
          version: String(observation.version),
        }}
      />
    </>
  );
}
