import { EmptyState, Panel } from "@/components/ui/panel";
import { listRecentActivity } from "@/lib/server/queries/home";
import { formatDateTime } from "@/lib/format";

export async function RecentActivityPanel({ organizationId }: { organizationId: string }) {
  const events = await listRecentActivity(organizationId);
  return (
    <Panel title="Recent activity">
      {events.length === 0 ? (
        <EmptyState>Nothing has changed yet.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {events.map((event) => (
            <li key={event.id} className="py-2">
              <div>
                <span className="font-medium">{event.actorEmail ?? "System"}</span> {event.action.replaceAll("-", " ")}{" "}
                <span className="text-slate-600">({event.entityType})</span>
              </div>
              <div className="text-xs text-slate-500">{formatDateTime(event.createdAt)}</div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
