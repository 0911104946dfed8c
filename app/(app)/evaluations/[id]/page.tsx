import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BidSummaryTable } from "@/components/evaluations/bid-summary-table";
import { ScopeTable } from "@/components/evaluations/scope-table";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireAuth } from "@/lib/server/auth/current-auth";
import { getEvaluationDetail } from "@/lib/server/queries/evaluations";
import { formatCode } from "@/lib/format";

export const metadata: Metadata = { title: "Evaluation" };

export default async function EvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requireAuth();
  const { id } = await params;
  const evaluation = await getEvaluationDetail(auth.organizationId, id);
  if (!evaluation) notFound();
  return (
    <>
      <BackLink href="/evaluations" label="Evaluations" />
      <PageHeader
        title={evaluation.name}
        description={`${formatCode(evaluation.status)} · ${evaluation.termMonths}-month term${evaluation.description ? ` · ${evaluation.description}` : ""}`}
      />
      <div className="space-y-6">
        <Panel title="Scope and today's baseline">
          {evaluation.functions.length === 0 ? <EmptyState>No functions in scope yet.</EmptyState> : <ScopeTable rows={evaluation.functions} />}
        </Panel>
        <Panel title="Bids">
          {evaluation.bids.length === 0 ? <EmptyState>No bids entered yet.</EmptyState> : <BidSummaryTable bids={evaluation.bids} />}
        </Panel>
        <Panel title="Ranking and TCO">
          <EmptyState>
            The ranking with gates and fit, the weight editor, and the CFO&apos;s TCO view (components, payback, P10/P50/P90,
            tornado) come with the evaluation workspace. Until then, the engine is open through <code>POST /api/v1/tco</code>.
          </EmptyState>
        </Panel>
      </div>
    </>
  );
}
