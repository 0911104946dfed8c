import { EvaluationActions } from "@/components/evaluations/evaluation-actions";
import { EvaluationHeader } from "@/components/evaluations/evaluation-header";
import { EvaluationTabs } from "@/components/evaluations/evaluation-tabs";
import type { Role } from "@/lib/generated/prisma/enums";
import { EDITABLE_STATUSES } from "@/lib/server/mutations/evaluation-change";
import { can } from "@/lib/server/permissions";
import type { EvaluationView } from "@/components/evaluations/view-href";

interface EvaluationPageTopProps {
  evaluation: { id: string; name: string; status: string; termMonths: number; description: string };
  results: { asOf: string; frozenAt?: string };
  role: Role;
  current: EvaluationView;
}

/** What every tab of an evaluation starts with: the header (status, "as decided on …"), the buttons the role may use, the tabs. */
export function EvaluationPageTop({ evaluation, results, role, current }: EvaluationPageTopProps) {
  const editable = (EDITABLE_STATUSES as readonly string[]).includes(evaluation.status);
  return (
    <>
      <EvaluationHeader
        evaluation={evaluation}
        asOf={results.asOf}
        frozenAt={results.frozenAt}
        evaluationId={current === "decision" ? undefined : evaluation.id}
        actions={<EvaluationActions evaluationId={evaluation.id} canEdit={can(role, "edit:evaluation")} editable={editable} canReadAudit={can(role, "read:audit")} />}
      />
      <EvaluationTabs evaluationId={evaluation.id} current={current} />
    </>
  );
}
