import type { Metadata } from "next";
import { EvaluationForm } from "@/components/evaluations/evaluation-form";
import { assumptionDefaults } from "@/components/evaluations/evaluation-form-defaults";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { getEvaluationFormChoices, newSeed } from "@/lib/server/queries/evaluation-form-data";
import { createEvaluationAction } from "./actions";

export const metadata: Metadata = { title: "New evaluation" };

export default async function NewEvaluationPage() {
  const auth = await requirePagePermission("edit:evaluation");
  const { scope, assumptions } = await getEvaluationFormChoices(auth.organizationId);
  return (
    <>
      <BackLink href="/evaluations" label="Evaluations" />
      <PageHeader title="New evaluation" description="It starts as a draft: set the scope, today's baseline and the assumptions, then open it for bids." />
      <EvaluationForm
        action={createEvaluationAction}
        cancelHref="/evaluations"
        submitLabel="Create draft"
        scope={scope}
        assumptions={assumptions}
        defaultValue={{ name: "", description: "", termMonths: "36", monteCarloSeed: String(newSeed()), functions: [], assumptions: assumptionDefaults(assumptions) }}
      />
    </>
  );
}
