import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { VendorForm } from "@/components/vendors/vendor-form";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { getVendorDetail } from "@/lib/server/queries/vendors";
import { updateVendorAction } from "./actions";

export const metadata: Metadata = { title: "Edit vendor" };

export default async function EditVendorPage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requirePagePermission("edit:vendor");
  const { id } = await params;
  const vendor = await getVendorDetail(auth.organizationId, id);
  if (!vendor) notFound();
  const turnover = vendor.annualTurnoverRate === null ? "" : String(Number(vendor.annualTurnoverRate.toString()) * 100);
  return (
    <>
      <PageHeader title={`Edit ${vendor.name}`} />
      <VendorForm
        action={updateVendorAction.bind(null, vendor.id)}
        cancelHref={`/vendors/${vendor.id}`}
        values={{
          name: vendor.name,
          website: vendor.website ?? "",
          headquarters: vendor.headquarters ?? "",
          description: vendor.description,
          operatingModel: vendor.operatingModel,
          aiUse: vendor.aiUse,
          functionsServed: vendor.functionsServed,
          fte: vendor.fte === null ? "" : String(vendor.fte),
          annualTurnoverPercent: turnover,
          version: vendor.version,
        }}
      />
    </>
  );
}
