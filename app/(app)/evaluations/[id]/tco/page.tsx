import type { Metadata } from "next";
import { EvaluationPageTop } from "@/components/evaluations/evaluation-page-top";
import { notFound } from "next/navigation";
import { ResultsNotices } from "@/components/evaluations/results-notices";
import { TcoView } from "@/components/evaluations/tco-view";
import { requireAuth } from "@/lib/server/auth/current-auth";
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
      <EvaluationPageTop evaluation={evaluation} results={results} role={auth.role} current="tco" />
      <ResultsNotices results={results} />
      {results.bids.length > 0 && <TcoView results={results} requestedBidId={bid ?? null} />}
    </>
  );
}
