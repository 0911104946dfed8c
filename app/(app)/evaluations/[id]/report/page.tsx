import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssumptionTable } from "@/components/evaluations/assumption-table";
import { FitMatrix } from "@/components/evaluations/bid-data-panels";
import { DecisionSummary } from "@/components/evaluations/decision-summary";
import { EVALUATION_STATUS_LABELS } from "@/components/evaluations/evaluation-status";
import { PrintButton } from "@/components/evaluations/print-button";
import { RankingTable } from "@/components/evaluations/ranking-table";
import { ReportCharts } from "@/components/evaluations/report-charts";
import { ReportSection } from "@/components/evaluations/report-section";
import { ScopeTable } from "@/components/evaluations/scope-table";
import { TcoHeadlines } from "@/components/evaluations/tco-headlines";
import { BackLink } from "@/components/ui/back-link";
import { requireAuth } from "@/lib/server/auth/current-auth";
import { NotFoundError } from "@/lib/server/domain-errors";
import { getDecisionReport } from "@/lib/server/reports/decision-report";
import { MODEL_VERSION } from "@/lib/evaluation/model-version";
import { rankOrder } from "@/lib/evaluation/chart-series";
import { formatDate, formatDateTime, formatInteger } from "@/lib/format";

export const metadata: Metadata = { title: "Decision report" };

export default async function EvaluationReportPage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requireAuth();
  const { id } = await params;
  const report = await getDecisionReport(auth, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { evaluation, decision, results, uncertaintyFailed, generatedAt } = report;
  const ranked = rankOrder(results.bids);
  const focusBidId = decision.decidedBid?.id ?? ranked.find((b) => b.qualified)?.id ?? null;
  const rows = ranked.map((bid) => ({ bid, score: bid.score, rank: bid.rank, rankAcceptability: bid.rankAcceptability }));
  return (
    // As wide as the paper it prints on (A4 and Letter leave 186–192 mm), so the charts are drawn once at a width that fits.
    <article className="report mx-auto max-w-[184mm] space-y-8 print:space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <BackLink href={`/evaluations/${id}`} label={evaluation.name} />
        <div className="flex gap-2">
          <PrintButton />
          <a href={`/evaluations/${id}/report.pdf`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100">
            Download PDF
          </a>
          <a href={`/evaluations/${id}/comparison.csv`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100" download>
            Comparison CSV
          </a>
        </div>
      </div>

      <header className="border-b-2 border-slate-800 pb-3">
        <p className="text-sm font-medium tracking-wide text-slate-600 uppercase">Decision report · {report.organizationName}</p>
        <h1 className="text-2xl font-semibold text-slate-900">{evaluation.name}</h1>
        {evaluation.description && <p className="mt-1 text-sm text-slate-700">{evaluation.description}</p>}
        <p className="mt-2 text-xs text-slate-600" data-testid="report-stamp">
          Generated {formatDateTime(generatedAt)} · model version {MODEL_VERSION} · evaluation version {evaluation.version} · {EVALUATION_STATUS_LABELS[evaluation.status]} ·{" "}
          {results.frozenAt ? `figures as decided on ${formatDateTime(new Date(results.frozenAt))}` : `figures from today's data`} · evidence judged as of {formatDate(new Date(`${results.asOf}T00:00:00Z`))}
        </p>
      </header>

      <ReportSection id="report-decision" title="1. Decision and approval">
        <DecisionSummary decision={decision} />
      </ReportSection>

      <ReportSection id="report-scope" title="2. Scope and today's baseline">
        <p className="mb-2 text-sm text-slate-700">
          {evaluation.functions.length} {evaluation.functions.length === 1 ? "function" : "functions"} over a {evaluation.termMonths}-month term.
        </p>
        <ScopeTable rows={evaluation.functions} />
      </ReportSection>

      <ReportSection id="report-assumptions" title="3. Assumptions and their sources">
        <AssumptionTable rows={report.assumptions} />
      </ReportSection>

      <ReportSection id="report-ranking" title="4. Ranking, qualification gates and fit">
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">No bids were entered.</p>
        ) : (
          <div className="space-y-4">
            <RankingTable rows={rows} termMonths={results.termMonths} />
            {results.withdrawn.length > 0 && <p className="text-sm text-slate-600">Withdrawn, not ranked: {results.withdrawn.map((w) => `${w.label} (${w.vendorName})`).join(", ")}.</p>}
            <FitMatrix results={results} />
          </div>
        )}
      </ReportSection>

      {rows.length > 0 && (
        <ReportSection id="report-tco" title="5. Total cost of ownership and uncertainty">
          <p className="mb-3 text-sm text-slate-700">
            {results.uncertainty
              ? `Uncertainty from ${formatInteger(results.uncertainty.iterations)} Monte Carlo iterations with the evaluation's seed (${results.uncertainty.seed}); the same seed and inputs give the same figures.`
              : uncertaintyFailed
                ? "The Monte Carlo run failed while this report was generated: the figures below are the most likely case only. Generate the report again for the P10–P90 ranges."
                : "Most likely case."}
          </p>
          <div className="space-y-6">
            <TcoHeadlines results={results} uncertainty={results.uncertainty} />
            <ReportCharts results={results} focusBidId={focusBidId} />
          </div>
        </ReportSection>
      )}

      <footer className="border-t border-slate-300 pt-2 text-xs text-slate-500">
        BPO Evaluator · model version {MODEL_VERSION} · {formatDateTime(generatedAt)} ·{" "}
        <Link href="/methodology" className="underline">
          Methodology
        </Link>
      </footer>
    </article>
  );
}
