import type { Metadata } from "next";
import Link from "next/link";
import { evaluationListHref } from "@/components/evaluations/evaluation-list-href";
import { EVALUATION_STATUS_LABELS, statusTone } from "@/components/evaluations/evaluation-status";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/panel";
import { Pagination } from "@/components/ui/pagination";
import { requireAuth } from "@/lib/server/auth/current-auth";
import { can } from "@/lib/server/permissions";
import { countEvaluationsByStatus, EVALUATION_PAGE_SIZE, listDirection, listEvaluationPage } from "@/lib/server/queries/evaluation-list";
import { EvaluationListQuerySchema, firstSearchValues, type EvaluationStatusFilter } from "@/lib/schemas/evaluation-list-query";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Evaluations" };

const FILTERS: { value: EvaluationStatusFilter | undefined; label: string; key: EvaluationStatusFilter | "all" }[] = [
  { value: undefined, label: "All", key: "all" },
  { value: "draft", label: "Draft", key: "draft" },
  { value: "open", label: "Open", key: "open" },
  { value: "decided", label: "Decided", key: "decided" },
  { value: "approved", label: "Approved", key: "approved" },
];

const SORTS = [
  { value: "updated:desc", label: "Recently updated first" },
  { value: "updated:asc", label: "Least recently updated first" },
  { value: "name:asc", label: "Name A–Z" },
  { value: "name:desc", label: "Name Z–A" },
];

export default async function EvaluationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const auth = await requireAuth();
  const raw = firstSearchValues(await searchParams);
  // The sort select sends "updated:desc"; links send sort and dir apart.
  const [sortPart, dirPart] = (raw.sort ?? "").split(":");
  const query = EvaluationListQuerySchema.parse({ ...raw, sort: sortPart || undefined, dir: dirPart || raw.dir });
  const [{ total, rows }, counts] = await Promise.all([listEvaluationPage(auth.organizationId, query), countEvaluationsByStatus(auth.organizationId, query.q)]);
  const pageCount = Math.max(1, Math.ceil(total / EVALUATION_PAGE_SIZE));
  const sortValue = `${query.sort}:${listDirection(query)}`;
  return (
    <>
      <PageHeader
        title="Evaluations"
        description="Sourcing events: the functions in scope with today's baseline, the bids, and the decision."
        actions={
          can(auth.role, "edit:evaluation") && (
            <Link href="/evaluations/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
              New evaluation
            </Link>
          )
        }
      />
      <nav aria-label="Filter by status" className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {FILTERS.map((filter) => {
            const active = query.status === filter.value;
            return (
              <li key={filter.key}>
                <Link
                  href={evaluationListHref(query, { status: filter.value, page: 1 })}
                  aria-current={active ? "page" : undefined}
                  className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm ${active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100"}`}
                >
                  {filter.label}
                  <span className={`rounded-full px-1.5 text-xs ${active ? "bg-white/20" : "bg-slate-100"}`}>{counts[filter.key]}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form method="get" action="/evaluations" role="search" className="mb-4 flex flex-wrap items-end gap-3">
        {query.status && <input type="hidden" name="status" value={query.status} />}
        <div>
          <label htmlFor="evaluation-search" className="block text-sm font-medium text-slate-800">
            Search by name
          </label>
          <input id="evaluation-search" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} className="mt-1 w-72 rounded-md border border-slate-300 px-3 py-2 text-sm" />
        </div>
        <div>
          <label htmlFor="evaluation-sort" className="block text-sm font-medium text-slate-800">
            Sort
          </label>
          <select id="evaluation-sort" name="sort" defaultValue={sortValue} className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {SORTS.map((sort) => (
              <option key={sort.value} value={sort.value}>
                {sort.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-100">
          Apply
        </button>
        {(query.q || query.sort !== "updated" || query.dir) && (
          <Link href={evaluationListHref({ ...query, q: undefined, sort: "updated", dir: undefined }, { page: 1 })} className="py-2 text-sm text-brand-800 hover:underline">
            Clear search and sort
          </Link>
        )}
      </form>
      {rows.length === 0 ? (
        <EmptyState>{counts.all === 0 && !query.q ? "No evaluations yet." : "No evaluation matches this search and filter."}</EmptyState>
      ) : (
        <>
          <DataTable
            variant="card"
            caption={`Evaluations, ${SORTS.find((s) => s.value === sortValue)?.label.toLowerCase() ?? "recently updated first"}`}
            rows={rows}
            rowKey={(evaluation) => evaluation.id}
            columns={[
              {
                header: "Evaluation",
                rowHeader: true,
                cell: (evaluation) => (
                  <Link href={`/evaluations/${evaluation.id}`} className="font-medium text-brand-800 hover:underline">
                    {evaluation.name}
                  </Link>
                ),
              },
              { header: "Status", cell: (evaluation) => <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${statusTone(evaluation.status)}`}>{EVALUATION_STATUS_LABELS[evaluation.status]}</span> },
              { header: "Functions", cell: (evaluation) => evaluation._count.functions, align: "right" },
              { header: "Bids", cell: (evaluation) => evaluation._count.bids, align: "right" },
              { header: "Term", cell: (evaluation) => `${evaluation.termMonths} months`, align: "right" },
              { header: "Updated", cell: (evaluation) => formatDate(evaluation.updatedAt) },
            ]}
          />
          {pageCount > 1 && <Pagination page={query.page} pageCount={pageCount} total={total} noun="evaluations" hrefFor={(page) => evaluationListHref(query, { page })} />}
        </>
      )}
    </>
  );
}
