import Link from "next/link";
import type { VendorListQuery } from "@/lib/schemas/vendor-list-query";
import { vendorListHref } from "@/components/vendors/vendor-list-href";
import { formatCode, formatDate, formatInteger, formatPercent } from "@/lib/format";
import { ComplianceBadges } from "@/components/vendors/compliance-badges";
import type { ComplianceEvidence } from "@/lib/scoring/compliance";

interface VendorRow {
  id: string;
  name: string;
  operatingModel: string;
  aiUse: string;
  functionsServed: string[];
  fte: number | null;
  annualTurnoverRate: { toString(): string } | null;
  updatedAt: Date;
  archivedAt: Date | null;
  complianceEvidence: ComplianceEvidence[];
  _count: { bids: number };
}

function SortHeader({ query, sort, label }: { query: VendorListQuery; sort: VendorListQuery["sort"]; label: string }) {
  const active = query.sort === sort;
  const dir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined} className="px-3 py-2 text-left">
      <Link href={vendorListHref(query, { sort, dir, page: 1 })} className="inline-flex items-center gap-1 hover:underline">
        {label}
        <span aria-hidden="true">{active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}</span>
      </Link>
    </th>
  );
}

export function VendorTable({ vendors, query, asOf }: { vendors: VendorRow[]; query: VendorListQuery; asOf: Date }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Vendors, sorted by {query.sort} {query.dir === "asc" ? "ascending" : "descending"}</caption>
        <thead className="bg-slate-50 font-medium text-slate-700">
          <tr>
            <SortHeader query={query} sort="name" label="Vendor" />
            <SortHeader query={query} sort="model" label="Operating model" />
            <th scope="col" className="px-3 py-2 text-left">AI use</th>
            <th scope="col" className="px-3 py-2 text-left">Functions</th>
            <th scope="col" className="px-3 py-2 text-left">Compliance</th>
            <SortHeader query={query} sort="fte" label="FTE" />
            <th scope="col" className="px-3 py-2 text-right">Turnover</th>
            <th scope="col" className="px-3 py-2 text-right">Bids</th>
            <SortHeader query={query} sort="updated" label="Updated" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {vendors.map((vendor) => (
            <tr key={vendor.id} className="hover:bg-slate-50">
              <td className="px-3 py-2">
                <Link href={`/vendors/${vendor.id}`} className="font-medium text-brand-800 hover:underline">
                  {vendor.name}
                </Link>
                {vendor.archivedAt && <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs text-slate-700">Archived</span>}
              </td>
              <td className="px-3 py-2">{formatCode(vendor.operatingModel)}</td>
              <td className="px-3 py-2">{formatCode(vendor.aiUse)}</td>
              <td className="px-3 py-2 text-slate-600">{vendor.functionsServed.map(formatCode).join(", ")}</td>
              <td className="px-3 py-2">
                <ComplianceBadges evidence={vendor.complianceEvidence} asOf={asOf} />
              </td>
              <td className="px-3 py-2 text-right">{formatInteger(vendor.fte)}</td>
              <td className="px-3 py-2 text-right">{formatPercent(vendor.annualTurnoverRate)}</td>
              <td className="px-3 py-2 text-right">{vendor._count.bids}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDate(vendor.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
