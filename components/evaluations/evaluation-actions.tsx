import Link from "next/link";
import { HistoryLink } from "@/components/audit/history-link";
import { DuplicateEvaluationButton } from "@/components/evaluations/duplicate-evaluation-button";

interface EvaluationActionsProps {
  evaluationId: string;
  /** The caller may edit evaluations (Procurement, Admin). */
  canEdit: boolean;
  /** The evaluation is still a draft or open (no decision recorded). */
  editable: boolean;
  /** The caller may read the audit trail (Admin, Executive): a link to this record's. */
  canReadAudit: boolean;
}

/** The header's buttons: edit (while editable), the audit trail, the decision report (everyone), duplicate as a new draft. */
export function EvaluationActions({ evaluationId, canEdit, editable, canReadAudit }: EvaluationActionsProps) {
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";
  return (
    <div className="flex flex-wrap items-start gap-2 print:hidden">
      {canEdit && editable && (
        <Link href={`/evaluations/${evaluationId}/edit`} className={link}>
          Edit evaluation
        </Link>
      )}
      {canReadAudit && <HistoryLink recordId={evaluationId} />}
      <Link href={`/evaluations/${evaluationId}/report`} className={link}>
        Decision report
      </Link>
      {canEdit && <DuplicateEvaluationButton evaluationId={evaluationId} />}
    </div>
  );
}
