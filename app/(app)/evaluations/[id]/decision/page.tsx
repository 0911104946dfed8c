import type { Metadata } from "next";
import { EvaluationPageTop } from "@/components/evaluations/evaluation-page-top";
import { notFound } from "next/navigation";
import { DecisionComparisonTable } from "@/components/evaluations/decision-comparison-table";
import { RecordDecisionForm, ReopenEvaluationForm, ReviewDecisionForm } from "@/components/evaluations/decision-forms";
import { DecisionSummary } from "@/components/evaluations/decision-summary";
import { HistoryTimeline } from "@/components/evaluations/history-timeline";
import { CommandButton } from "@/components/ui/command-button";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireAuth } from "@/lib/server/auth/current-auth";
import { getEvaluationResults } from "@/lib/server/evaluations/evaluation-results";
import { can } from "@/lib/server/permissions";
import { getEvaluationDecision } from "@/lib/server/queries/evaluation-decision";
import { getEvaluationHistory } from "@/lib/server/queries/evaluation-history";
import { getEvaluationDetail } from "@/lib/server/queries/evaluations";
import { compareWithToday, comparisonDiffers } from "@/lib/evaluation/decision-comparison";
import { openEvaluationAction, recordDecisionAction, reopenEvaluationAction, reviewDecisionAction } from "./actions";

export const metadata: Metadata = { title: "Decision and history" };

const NEXT_STEP: Record<string, string> = {
  DRAFT: "A draft: set the scope, baseline and assumptions, then open it for bids.",
  OPEN: "Open for bids. Procurement records the decision once the bids are in.",
  DECISION_RECORDED: "The decision is recorded and the results' inputs are frozen. It awaits the Executive's approval; the evaluation is read-only until it is approved, returned or reopened.",
  APPROVED: "Approved. The evaluation is read-only; Procurement may reopen it, which clears the decision and the approval.",
  ARCHIVED: "Archived and read-only.",
};

export default async function EvaluationDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requireAuth();
  const { id } = await params;
  const [evaluation, decision] = await Promise.all([getEvaluationDetail(auth.organizationId, id), getEvaluationDecision(auth.organizationId, id)]);
  if (!evaluation || !decision) notFound();
  const [results, history] = await Promise.all([getEvaluationResults(auth, id), getEvaluationHistory(auth.organizationId, id)]);
  const today = results.frozenAt ? await getEvaluationResults(auth, id, { live: true }) : null;
  const comparison = today ? compareWithToday(results, today) : null;
  const submitted = new Set(decision.bids.filter((b) => b.status === "SUBMITTED").map((b) => b.id));
  const choosable = results.bids.filter((b) => b.qualified && submitted.has(b.id)).sort((a, b) => a.rank - b.rank);
  const status = decision.status;
  return (
    <>
      <EvaluationPageTop evaluation={evaluation} results={results} role={auth.role} current="decision" />
      <div className="space-y-6">
        <Panel title="Status and next step">
          <p className="mb-4 text-sm text-slate-700">{NEXT_STEP[status]}</p>
          {status === "DRAFT" && can(auth.role, "edit:evaluation") && (
            <CommandButton action={openEvaluationAction.bind(null, id)} input={{ version: decision.version }} label="Open for bids" pendingLabel="Opening…" variant="primary" />
          )}
          {status === "OPEN" &&
            can(auth.role, "record:decision") &&
            (choosable.length === 0 ? (
              <EmptyState>No bid can be chosen yet: a decision needs a submitted bid that passes the qualification gates.</EmptyState>
            ) : (
              <RecordDecisionForm action={recordDecisionAction.bind(null, id)} version={decision.version} bids={choosable.map((b) => ({ id: b.id, label: `#${b.rank} ${b.label} (${b.vendor.name}), score ${b.score.toFixed(1)}` }))} />
            ))}
          {status === "DECISION_RECORDED" && can(auth.role, "review:decision") && <ReviewDecisionForm action={reviewDecisionAction.bind(null, id)} version={decision.version} />}
          {(status === "DECISION_RECORDED" || status === "APPROVED") && can(auth.role, "record:decision") && (
            <ReopenEvaluationForm action={reopenEvaluationAction.bind(null, id)} version={decision.version} approved={status === "APPROVED"} />
          )}
        </Panel>
        <Panel title="Decision and approval">
          <DecisionSummary decision={decision} />
        </Panel>
        {comparison && (
          <div id="comparison" className="scroll-mt-6">
          <Panel title="As decided and with today's data">
            <p className="mb-3 text-sm text-slate-700">
              {comparisonDiffers(comparison)
                ? "The registry has changed since the decision: with today's metrics and evidence some bids would rank, score or cost differently. The decision and its report keep the figures it was taken on."
                : "Today's registry data gives the same ranking, scores and TCO as the decision's frozen inputs."}
            </p>
            <DecisionComparisonTable rows={comparison} />
          </Panel>
          </div>
        )}
        <Panel title="History">
          <HistoryTimeline entries={history} />
        </Panel>
      </div>
    </>
  );
}
