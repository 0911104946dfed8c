import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { StaffCertificationsForm } from "@/components/vendors/staff-certifications-form";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { getVendorDetail } from "@/lib/server/queries/vendors";
import { isoDateText } from "@/lib/schemas/iso-date";
import { CREDENTIALS, type Credential } from "@/lib/scoring/certified-staff";
import { setStaffCertificationsAction } from "./actions";

export const metadata: Metadata = { title: "Staff certifications" };

export default async function StaffCertificationsPage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requirePagePermission("edit:vendor");
  const { id } = await params;
  const vendor = await getVendorDetail(auth.organizationId, id);
  if (!vendor) notFound();
  const census = vendor.staffCensus;
  const counts = Object.fromEntries(
    CREDENTIALS.map((credential) => [credential, String(vendor.certifications.find((cert) => cert.credential === credential)?.count ?? "")]),
  ) as Record<Credential, string>;
  const today = isoDateText(new Date());
  return (
    <>
      <BackLink href={`/vendors/${vendor.id}`} label={vendor.name} />
      <PageHeader title="Staff certifications" description={`How many of ${vendor.name}'s staff hold each credential, and the staff total they were counted against.`} />
      <StaffCertificationsForm
        action={setStaffCertificationsAction.bind(null, vendor.id)}
        cancelHref={`/vendors/${vendor.id}#staff-certifications`}
        today={today}
        defaultValue={{
          asOf: census ? isoDateText(census.asOf) : today,
          totalStaff: census ? String(census.totalStaff) : vendor.fte === null ? "" : String(vendor.fte),
          certifiedStaff: census?.certifiedStaff === null || census === null ? "" : String(census.certifiedStaff),
          counts,
          version: String(census?.version ?? 0),
        }}
      />
    </>
  );
}
