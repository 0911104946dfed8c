import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { VendorForm } from "@/components/vendors/vendor-form";
import { vendorFormDefaults } from "@/components/vendors/vendor-form-defaults";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { getVendorDetail } from "@/lib/server/queries/vendors";
import { updateVendorAction } from "./actions";

export const metadata: Metadata = { title: "Edit vendor" };

export default async function EditVendorPage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requirePagePermission("edit:vendor");
  const { id } = await params;
  const vendor = await getVendorDetail(auth.organizationId, id);
  if (!vendor) notFound();
  return (
    <>
      <BackLink href={`/vendors/${vendor.id}`} label={vendor.name} />
      <PageHeader title={`Edit ${vendor.name}`} />
      <VendorForm action={updateVendorAction.bind(null, vendor.id)} cancelHref={`/vendors/${vendor.id}`} defaultValue={vendorFormDefaults(vendor)} submitLabel="Save vendor" />
    </>
  );
}
