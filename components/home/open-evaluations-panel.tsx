import Link from "next/link";
import { EmptyState, Panel } from "@/components/ui/panel";
import { listOpenEvaluations } from "@/lib/server/queries/home";
import { formatCode, formatDate } from "@/lib/format";

export async function OpenEvaluationsPanel({ organizationId }: { organizationId: string }) {
  const evaluations = await listOpenEvaluations(organizationId);
  return (
    <Panel title="Open evaluations">
      {evaluations.length === 0 ? (
        <EmptyState>No open evaluations. Procurement starts one from the Evaluations page.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100">
          {evaluations.map((evaluation) => (
            <li key={evaluation.id} className="flex items-center justify-between gap-3 py-2">
              <div>
                <Link href={`/evaluations/${evaluation.id}`} className="font-medium text-brand-800 hover:underline">
                  {evaluation.name}
                </Link>
                <div className="text-xs text-slate-600">
                  {evaluation._count.bids} bids · {evaluation.termMonths}-month term · updated {formatDate(evaluation.updatedAt)}
                </div>
              </div>
              <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
                {formatCode(evaluation.status)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
