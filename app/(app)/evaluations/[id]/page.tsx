import type { Metadata } from "next";
import { EvaluationPageTop } from "@/components/evaluations/evaluation-page-top";
import { notFound } from "next/navigation";
import { BidDataCards, FitMatrix } from "@/components/evaluations/bid-data-panels";
import { BidSummaryTable } from "@/components/evaluations/bid-summary-table";
import { RankingWorkspace } from "@/components/evaluations/ranking-workspace";
import { ResultsNotices } from "@/components/evaluations/results-notices";
import { ScopeTable } from "@/components/evaluations/scope-table";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireAuth } from "@/lib/server/auth/current-auth";
import { getEvaluationResults } from "@/lib/server/evaluations/evaluation-results";
import { can } from "@/lib/server/permissions";
import { EDITABLE_STATUSES } from "@/lib/server/mutations/evaluation-change";
import { getEvaluationDetail } from "@/lib/server/queries/evaluations";
import { decodeWeights, toPercentages } from "@/lib/evaluation/weights";

export const metadata: Metadata = { title: "Evaluation" };

export default async function EvaluationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ w?: string }> }) {
  const auth = await requireAuth();
  const { id } = await params;
  const { w } = await searchParams;
  const evaluation = await getEvaluationDetail(auth.organizationId, id);
  if (!evaluation) notFound();
  const results = await getEvaluationResults(auth, id);
  const savedWeights = toPercentages(results.criteria.map((c) => c.weight));
  const urlWeights = decodeWeights(w, results.criteria.length);
  const editable = EDITABLE_STATUSES.includes(evaluation.status);
  return (
    <>
      <EvaluationPageTop evaluation={evaluation} results={results} role={auth.role} current="overview" />
      <ResultsNotices results={results} />
      <div className="space-y-6">
        {results.bids.length > 0 && (
          <RankingWorkspace
            results={results}
            savedWeights={savedWeights}
            urlWeights={urlWeights ? toPercentages(urlWeights) : null}
            canSave={can(auth.role, "edit:evaluation") && editable}
            readOnlyReason={can(auth.role, "edit:evaluation") && !editable ? "The decision is recorded, so the saved weights are frozen; you can still explore other weights." : null}
          />
        )}
        {results.bids.length > 0 && (
          <Panel title="Fit to the decision matrix">
            <FitMatrix results={results} />
          </Panel>
        )}
        {results.bids.length > 0 && (
          <Panel title="The data behind each bid">
            <BidDataCards results={results} />
          </Panel>
        )}
        <Panel title="Scope and today's baseline">
          {evaluation.functions.length === 0 ? <EmptyState>No functions in scope yet.</EmptyState> : <ScopeTable rows={evaluation.functions} />}
        </Panel>
        <Panel title="Bids as entered">
          {evaluation.bids.length === 0 ? <EmptyState>No bids entered yet.</EmptyState> : <BidSummaryTable bids={evaluation.bids} />}
        </Panel>
      </div>
    </>
  );
}
