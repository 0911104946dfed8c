import type { Metadata } from "next";
import Link from "next/link";
import { AuditEventList } from "@/components/audit/audit-event-list";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { auditTrailHref } from "@/components/audit/audit-trail-href";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/panel";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { getDb } from "@/lib/server/db/client";
import { auditRecordNames, auditTrailFilterOptions, listAuditTrail } from "@/lib/server/queries/audit-trail";
import { parseAuditTrailQuery } from "@/lib/schemas/audit-trail-query";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditTrailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const auth = await requirePagePermission("read:audit");
  const query = parseAuditTrailQuery(await searchParams);
  const [page, options] = await Promise.all([listAuditTrail(auth.organizationId, query), auditTrailFilterOptions(auth.organizationId)]);
  const names = await auditRecordNames(await getDb(), auth.organizationId, page.events);
  const filtered = Boolean(query.person || query.type || query.record || query.from || query.to);
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change in your organisation: who made it (and with which API token), when, to which record, and its values before and after. The trail is append-only: nobody can edit or delete an entry."
        actions={
          <a href={auditTrailHref(query, {}, "/audit/export")} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-100" download>
            Export CSV
          </a>
        }
      />
      <AuditFilters query={query} people={options.people} types={options.types} />
      {page.events.length === 0 ? (
        <EmptyState>
          {filtered || query.before || query.after ? (
            <>
              No changes match these filters. <Link href="/audit" className="text-brand-800 underline">Show the whole trail</Link>.
            </>
          ) : (
            "Nothing has changed yet."
          )}
        </EmptyState>
      ) : (
        <>
          <AuditEventList events={page.events} names={names} />
          <AuditPagination
            shown={page.events.length}
            newerHref={page.newer ? auditTrailHref(query, { after: page.newer }) : undefined}
            olderHref={page.older ? auditTrailHref(query, { before: page.older }) : undefined}
          />
        </>
      )}
    </>
  );
}
