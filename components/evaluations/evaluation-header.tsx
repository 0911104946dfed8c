import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { EVALUATION_STATUS_LABELS } from "@/components/evaluations/evaluation-status";
import { formatDate, formatDateTime } from "@/lib/format";

interface EvaluationHeaderProps {
  evaluation: { name: string; status: string; termMonths: number; description: string };
  /** The day evidence and gates are judged on, YYYY-MM-DD. */
  asOf: string;
  /** Buttons for the roles that may act on the evaluation. */
  actions?: React.ReactNode;
  /** When the results come from the inputs frozen at the decision (ISO): says so, with a link to the comparison. */
  frozenAt?: string;
  evaluationId?: string;
}

export function EvaluationHeader({ evaluation, asOf, actions, frozenAt, evaluationId }: EvaluationHeaderProps) {
  return (
    <>
      <div className="print:hidden">
        <BackLink href="/evaluations" label="Evaluations" />
      </div>
      <PageHeader
        title={evaluation.name}
        actions={actions}
        description={`${EVALUATION_STATUS_LABELS[evaluation.status] ?? evaluation.status} · ${evaluation.termMonths}-month term · evidence judged as of ${formatDate(new Date(`${asOf}T00:00:00Z`))}${evaluation.description ? ` · ${evaluation.description}` : ""}`}
      />
      {frozenAt && (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          As decided on {formatDateTime(new Date(frozenAt))}: these results use the vendor metrics, compliance evidence, assumptions, weights and seed frozen when the decision was recorded, so later registry changes do not alter them.{" "}
          {evaluationId && (
            <Link href={`/evaluations/${evaluationId}/decision#comparison`} className="font-medium text-amber-950 underline print:hidden">
              Compare with today&apos;s data
            </Link>
          )}
        </p>
      )}
    </>
  );
}
