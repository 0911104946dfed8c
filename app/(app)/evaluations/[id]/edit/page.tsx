import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EvaluationForm } from "@/components/evaluations/evaluation-form";
import { assumptionDefaults, functionDefaults } from "@/components/evaluations/evaluation-form-defaults";
import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/panel";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { EDITABLE_STATUSES, statusRefusal } from "@/lib/server/mutations/evaluation-change";
import { getEvaluationForEdit, getEvaluationFormChoices } from "@/lib/server/queries/evaluation-form-data";
import { updateEvaluationAction } from "./actions";

export const metadata: Metadata = { title: "Edit evaluation" };

export default async function EditEvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requirePagePermission("edit:evaluation");
  const { id } = await params;
  const evaluation = await getEvaluationForEdit(auth.organizationId, id);
  if (!evaluation) notFound();
  const { row } = evaluation;
  const back = <BackLink href={`/evaluations/${id}`} label={row.name} />;
  if (!EDITABLE_STATUSES.includes(row.status)) {
    return (
      <>
        {back}
        <PageHeader title={`Edit ${row.name}`} />
        <EmptyState>{statusRefusal(row.status, EDITABLE_STATUSES)}</EmptyState>
      </>
    );
  }
  const { scope, assumptions } = await getEvaluationFormChoices(auth.organizationId, evaluation.assumptions);
  return (
    <>
      {back}
      <PageHeader title={`Edit ${row.name}`} />
      <EvaluationForm
        action={updateEvaluationAction.bind(null, id)}
        cancelHref={`/evaluations/${id}`}
        submitLabel="Save evaluation"
        scope={scope}
        assumptions={assumptions}
        scopeWarning={row._count.bids > 0 ? "Bids are entered: taking a function out of scope removes their lines for it." : undefined}
        defaultValue={{
          version: String(row.version),
          name: row.name,
          description: row.description,
          termMonths: String(row.termMonths),
          monteCarloSeed: String(row.monteCarloSeed),
          functions: evaluation.functions.map(functionDefaults),
          assumptions: assumptionDefaults(assumptions),
        }}
      />
    </>
  );
}

