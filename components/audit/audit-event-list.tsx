import Link from "next/link";
import { AuditEventChanges } from "@/components/audit/audit-event-changes";
import { auditDiff } from "@/lib/audit/audit-diff";
import { actionLabel } from "@/lib/audit/audit-labels";
import { auditRecordOf } from "@/lib/audit/audit-record";
import { formatDateTime } from "@/lib/format";
import type { AuditTrailEvent } from "@/lib/server/queries/audit-trail";

function Who({ event }: { event: AuditTrailEvent }) {
  if (!event.actorEmail) return <span className="text-slate-600">The system</span>;
  return (
    <>
      <div className="font-medium">{event.actor?.name ?? event.actorEmail}</div>
      {event.actor && <div className="text-xs text-slate-600">{event.actorEmail}</div>}
      {event.actorToken && (
        <div className="text-xs text-slate-600">
          with API token “{event.actorToken.name}” ({event.actorToken.prefix}…)
        </div>
      )}
    </>
  );
}

/** The trail, one row per event: when, who, what, which record, and its fields before and after. */
export function AuditEventList({ events, names }: { events: AuditTrailEvent[]; names: Map<string, string> }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">When</th>
            <th scope="col" className="px-3 py-2 font-medium">Who</th>
            <th scope="col" className="px-3 py-2 font-medium">What</th>
            <th scope="col" className="px-3 py-2 font-medium">Before and after</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {events.map((event) => {
            const record = auditRecordOf(event, names.get(event.entityId));
            const action = actionLabel(event.action);
            return (
              <tr key={event.id} className="align-top" data-testid="audit-event">
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
                  {event.requestId && (
                    <div className="font-mono text-xs text-slate-500" title={`Request ${event.requestId}: the X-Request-Id in the server's log`}>
                      req {event.requestId.slice(0, 8)}
                    </div>
                  )}
                </td>
                <td className="px-3 py-2">
                  <Who event={event} />
                </td>
                <td className="px-3 py-2">
                  <div className="font-medium">{action}</div>
                  <div className="text-xs text-slate-600">
                    {record.type}:{" "}
                    {record.href ? (
                      <Link href={record.href} className="text-brand-800 underline">
                        {record.name}
                      </Link>
                    ) : (
                      record.name
                    )}
                  </div>
                </td>
                <td className="px-3 py-2">
                  <AuditEventChanges changes={auditDiff(event.before, event.after, event.entityType)} caption={`${action}: ${record.name}, before and after`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
