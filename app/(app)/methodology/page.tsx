import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireAuth } from "@/lib/server/auth/current-auth";

export const metadata: Metadata = { title: "Methodology" };

export default async function MethodologyPage() {
  await requireAuth();
  return (
    <>
      <PageHeader
        title="Methodology"
        description="How bids are compared: the decision matrix, compliance maturity, metric evidence, the weighted score and the TCO model."
      />
      <Panel title="Formulas and defaults">
        <EmptyState>
          The formulas and every default with its source, generated from the constants the engine uses, appear here.
        </EmptyState>
      </Panel>
    </>
  );
}
