import Link from "next/link";
import { entityTypeLabel } from "@/lib/audit/audit-labels";
import type { AuditTrailQuery } from "@/lib/schemas/audit-trail-query";

const controlClass = "mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

interface AuditFiltersProps {
  query: AuditTrailQuery;
  people: { id: string; name: string; email: string; deactivatedAt: Date | null }[];
  types: string[];
}

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : "");

/** A plain GET form: the filters land in the query string, so a view of the trail can be shared as a link. */
export function AuditFilters({ query, people, types }: AuditFiltersProps) {
  const filtered = Boolean(query.person || query.type || query.record || query.from || query.to);
  return (
    <form method="get" action="/audit" role="search" aria-label="Filter the audit trail" className="mb-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="audit-person" className="block text-sm font-medium">
          Person
        </label>
        <select id="audit-person" name="person" defaultValue={query.person ?? ""} className={`${controlClass} max-w-xs`}>
          <option value="">Everyone</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} ({person.email}){person.deactivatedAt ? " — deactivated" : ""}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-type" className="block text-sm font-medium">
          Record type
        </label>
        <select id="audit-type" name="type" defaultValue={query.type ?? ""} className={controlClass}>
          <option value="">All types</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {entityTypeLabel(type)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-record" className="block text-sm font-medium">
          Record id
        </label>
        <input id="audit-record" name="record" defaultValue={query.record ?? ""} placeholder="e.g. from a vendor's History link" className={`${controlClass} w-64 font-mono`} aria-describedby="audit-record-hint" />
        <span id="audit-record-hint" className="sr-only">
          A vendor&apos;s or evaluation&apos;s id shows its own changes and those of its observations, evidence and bids.
        </span>
      </div>
      <div>
        <label htmlFor="audit-from" className="block text-sm font-medium">
          From
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={day(query.from)} className={controlClass} />
      </div>
      <div>
        <label htmlFor="audit-to" className="block text-sm font-medium">
          To
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={day(query.to)} className={controlClass} />
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        Apply
      </button>
      {filtered && (
        <Link href="/audit" className="px-2 py-2 text-sm text-brand-800 underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
