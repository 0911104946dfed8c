import { formatDateTime } from "@/lib/format";
import type { EvaluationDecision } from "@/lib/server/queries/evaluation-decision";

/** The recorded decision (bid, rationale, who and when) and its review (approved or returned, by whom, when, the comment). */
export function DecisionSummary({ decision }: { decision: EvaluationDecision }) {
  const approved = decision.status === "APPROVED";
  const returned = decision.status === "OPEN" && decision.reviewedAt !== null;
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
      {decision.decidedBid ? (
        <>
          <dt className="font-medium text-slate-600">Chosen bid</dt>
          <dd className="font-semibold text-slate-900">
            {decision.decidedBid.label} <span className="font-normal text-slate-600">({decision.decidedBid.vendorName})</span>
          </dd>
          <dt className="font-medium text-slate-600">Rationale</dt>
          <dd className="whitespace-pre-line text-slate-800">{decision.decisionRationale}</dd>
          <dt className="font-medium text-slate-600">Recorded by</dt>
          <dd>
            {decision.decidedBy ?? "—"} on {formatDateTime(decision.decidedAt)}
          </dd>
          <dt className="font-medium text-slate-600">Approval</dt>
          <dd>{approved ? `Approved by ${decision.reviewedBy ?? "—"} on ${formatDateTime(decision.reviewedAt)}` : "Awaiting the Executive's approval"}</dd>
          {approved && decision.reviewComment && (
            <>
              <dt className="font-medium text-slate-600">Approval comment</dt>
              <dd className="whitespace-pre-line">{decision.reviewComment}</dd>
            </>
          )}
        </>
      ) : (
        <>
          <dt className="font-medium text-slate-600">Decision</dt>
          <dd>None recorded yet.</dd>
          {returned && (
            <>
              <dt className="font-medium text-slate-600">Last returned</dt>
              <dd>
                by {decision.reviewedBy ?? "—"} on {formatDateTime(decision.reviewedAt)}: <span className="whitespace-pre-line">{decision.reviewComment}</span>
              </dd>
            </>
          )}
        </>
      )}
    </dl>
  );
}
