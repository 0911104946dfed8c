import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { formatCode, formatDate } from "@/lib/format";

interface EvaluationHeaderProps {
  evaluation: { name: string; status: string; termMonths: number; description: string };
  /** The day evidence and gates are judged on, YYYY-MM-DD. */
  asOf: string;
  /** Buttons for the roles that may act on the evaluation. */
  actions?: React.ReactNode;
}

export function EvaluationHeader({ evaluation, asOf, actions }: EvaluationHeaderProps) {
  return (
    <>
      <div className="print:hidden">
        <BackLink href="/evaluations" label="Evaluations" />
      </div>
      <PageHeader
        title={evaluation.name}
        actions={actions}
        description={`${formatCode(evaluation.status)} · ${evaluation.termMonths}-month term · evidence judged as of ${formatDate(new Date(`${asOf}T00:00:00Z`))}${evaluation.description ? ` · ${evaluation.description}` : ""}`}
      />
    </>
  );
}
