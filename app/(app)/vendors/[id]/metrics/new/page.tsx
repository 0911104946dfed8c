import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { MetricObservationForm } from "@/components/vendors/metric-observation-form";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { getVendorName } from "@/lib/server/queries/registry-records";
import { isoDateText } from "@/lib/schemas/iso-date";
import { METRIC_KEYS } from "@/lib/scoring/metric-evidence";
import { addMetricObservationAction } from "../actions";

export const metadata: Metadata = { title: "Add metric observation" };

export default async function NewMetricObservationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ metric?: string }> }) {
  const auth = await requirePagePermission("edit:vendor");
  const [{ id }, { metric }] = await Promise.all([params, searchParams]);
  const vendor = await getVendorName(auth.organizationId, id);
  if (!vendor) notFound();
  const today = isoDateText(new Date());
  return (
    <>
      <BackLink href={`/vendors/${vendor.id}`} label={vendor.name} />
      <PageHeader title="Add a metric observation" description={`A figure for ${vendor.name}, with the date it describes and where it comes from.`} />
      <MetricObservationForm
        action={addMetricObservationAction.bind(null, vendor.id)}
        cancelHref={`/vendors/${vendor.id}#metrics`}
        today={today}
        defaultValue={{ metric: METRIC_KEYS.find((key) => key === metric) ?? "", value: "", asOf: today, source: "", measurementBasis: "", note: "" }}
      />
    </>
  );
}
