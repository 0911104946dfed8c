import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EvaluationActions } from "@/components/evaluations/evaluation-actions";
import { EvaluationHeader } from "@/components/evaluations/evaluation-header";
import { EvaluationTabs } from "@/components/evaluations/evaluation-tabs";
import { ResultsNotices } from "@/components/evaluations/results-notices";
import { TcoView } from "@/components/evaluations/tco-view";
import { requireAuth } from "@/lib/server/auth/current-auth";
import { can } from "@/lib/server/permissions";
import { EDITABLE_STATUSES } from "@/lib/server/mutations/evaluation-change";
import { getEvaluationResults } from "@/lib/server/evaluations/evaluation-results";
import { getEvaluationDetail } from "@/lib/server/queries/evaluations";

export const metadata: Metadata = { title: "TCO and uncertainty" };

export default async function EvaluationTcoPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ bid?: string }> }) {
  const auth = await requireAuth();
  const { id } = await params;
  const { bid } = await searchParams;
  const evaluation = await getEvaluationDetail(auth.organizationId, id);
  if (!evaluation) notFound();
  const results = await getEvaluationResults(auth, id);
  return (
    <>
      <EvaluationHeader
        evaluation={evaluation}
        asOf={results.asOf}
        frozenAt={results.frozenAt}
        evaluationId={id}
        actions={<EvaluationActions evaluationId={id} canEdit={can(auth.role, "edit:evaluation")} editable={EDITABLE_STATUSES.includes(evaluation.status)} />}
      />
      <EvaluationTabs evaluationId={id} current="tco" />
      <ResultsNotices results={results} />
      {results.bids.length > 0 && <TcoView results={results} requestedBidId={bid ?? null} />}
    </>
  );
}
