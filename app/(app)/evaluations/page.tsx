import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
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
        <DataTable
          variant="card"
          caption="Evaluations, most recently updated first"
          rows={evaluations}
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
            { header: "Status", cell: (evaluation) => formatCode(evaluation.status) },
            { header: "Functions", cell: (evaluation) => evaluation._count.functions, align: "right" },
            { header: "Bids", cell: (evaluation) => evaluation._count.bids, align: "right" },
            { header: "Term", cell: (evaluation) => `${evaluation.termMonths} months`, align: "right" },
            { header: "Updated", cell: (evaluation) => formatDate(evaluation.updatedAt) },
          ]}
        />
      )}
    </>
  );
}
