import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/panel";
import { requireAuth } from "@/lib/server/auth/current-auth";
import { listEvaluations } from "@/lib/server/queries/evaluations";
import { formatCode, formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Evaluations" };

export default async function EvaluationsPage() {
  const auth = await requireAuth();
  const evaluations = await listEvaluations(auth.organizationId);
  return (
    <>
      <PageHeader
        title="Evaluations"
        description="Sourcing events: the functions in scope with today's baseline, the bids, and the decision."
      />
      {evaluations.length === 0 ? (
        <EmptyState>No evaluations yet.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">Evaluation</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2 text-right">Functions</th>
                <th scope="col" className="px-3 py-2 text-right">Bids</th>
                <th scope="col" className="px-3 py-2 text-right">Term</th>
                <th scope="col" className="px-3 py-2">Updated</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {evaluations.map((evaluation) => (
                <tr key={evaluation.id}>
                  <td className="px-3 py-2">
                    <Link href={`/evaluations/${evaluation.id}`} className="font-medium text-brand-800 hover:underline">
                      {evaluation.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{formatCode(evaluation.status)}</td>
                  <td className="px-3 py-2 text-right">{evaluation._count.functions}</td>
                  <td className="px-3 py-2 text-right">{evaluation._count.bids}</td>
                  <td className="px-3 py-2 text-right">{evaluation.termMonths} months</td>
                  <td className="px-3 py-2">{formatDate(evaluation.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
