import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/panel";
import { Pagination } from "@/components/ui/pagination";
import { VendorFilters } from "@/components/vendors/vendor-filters";
import { vendorListHref } from "@/components/vendors/vendor-list-href";
import { VendorTable } from "@/components/vendors/vendor-table";
import { requireAuth } from "@/lib/server/auth/current-auth";
import { can } from "@/lib/server/permissions";
import { listVendors } from "@/lib/server/queries/vendors";
import { parseVendorListQuery } from "@/lib/schemas/vendor-list-query";

export const metadata: Metadata = { title: "Vendors" };

export default async function VendorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const auth = await requireAuth();
  const query = parseVendorListQuery(await searchParams);
  const { vendors, total, pageCount } = await listVendors(auth.organizationId, query);
  const filtered = Boolean(query.q || query.model || query.fn || query.ai || query.compliance);
  const canEdit = can(auth.role, "edit:vendor");
  const canImport = can(auth.role, "import:vendor");
  return (
    <>
      <PageHeader
        title="Vendors"
        description="The registry of BPO vendors: operating model, functions served, staff, metrics with their sources, and compliance evidence."
        actions={
          <>
            <a href={vendorListHref(query, { page: 1 }, "/vendors/export")} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-100" download>
              Export CSV
            </a>
            <a href={vendorListHref(query, { page: 1 }, "/vendors/observations/export")} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-100" download>
              Export metrics CSV
            </a>
            {canImport && (
              <Link href="/vendors/import" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-100">
                Import CSV
              </Link>
            )}
            {canEdit && (
              <Link href="/vendors/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
                New vendor
              </Link>
            )}
          </>
        }
      />
      <VendorFilters query={query} />
      {vendors.length === 0 ? (
        <EmptyState>
          {filtered ? (
            <>
              No vendor matches these filters. <Link href="/vendors" className="text-brand-800 underline">Clear the filters</Link>.
            </>
          ) : (
            canEdit ? (
              <>
                No vendors yet. <Link href="/vendors/new" className="text-brand-800 underline">Add the first vendor</Link>.
              </>
            ) : (
              "No vendors yet. Analysts add vendors here."
            )
          )}
        </EmptyState>
      ) : (
        <>
          <VendorTable vendors={vendors} query={query} asOf={new Date()} />
          <Pagination page={query.page} pageCount={pageCount} total={total} noun="vendors" hrefFor={(page) => vendorListHref(query, { page })} />
        </>
      )}
    </>
  );
}
