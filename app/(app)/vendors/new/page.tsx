import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { VendorForm } from "@/components/vendors/vendor-form";
import { NEW_VENDOR_DEFAULTS } from "@/components/vendors/vendor-form-defaults";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { createVendorAction } from "./actions";

export const metadata: Metadata = { title: "New vendor" };

export default async function NewVendorPage() {
  await requirePagePermission("edit:vendor");
  return (
    <>
      <BackLink href="/vendors" label="Vendors" />
      <PageHeader title="New vendor" description="The profile first; metrics, certifications and compliance evidence are added on the vendor's page." />
      <VendorForm action={createVendorAction} cancelHref="/vendors" defaultValue={NEW_VENDOR_DEFAULTS} submitLabel="Create vendor" />
    </>
  );
}
