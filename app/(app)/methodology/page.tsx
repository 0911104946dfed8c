import type { Metadata } from "next";
import { DecisionMatrixTable } from "@/components/methodology/decision-matrix-table";
import { AssumptionsTable, CriteriaTable, EvidenceItemsTable, VerificationLevelsList } from "@/components/methodology/reference-tables";
import { TcoFormulas } from "@/components/methodology/tco-formulas";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requireAuth } from "@/lib/server/auth/current-auth";
import { listMatrixOverrides } from "@/lib/server/queries/matrix-overrides";
import { buildDecisionMatrix, RECOMMENDATION_RULE } from "@/lib/scoring/decision-matrix";
import { DEFAULT_CLAIM_HAIRCUT } from "@/lib/scoring/metric-evidence";
import { formatPercent } from "@/lib/format";

export const metadata: Metadata = { title: "Methodology" };

export default async function MethodologyPage() {
  const auth = await requireAuth();
  const rows = buildDecisionMatrix(await listMatrixOverrides(auth.organizationId));
  return (
    <>
      <PageHeader
        title="Methodology"
        description="How bids are compared. Every table on this page is drawn from the same constants the engine computes with, so what you read here is what the numbers use."
      />
      <div className="space-y-6">
        <Panel title="1. Decision matrix">
          <p className="mb-3 text-sm text-slate-700">
            In order: clinical complexity ≥ {RECOMMENDATION_RULE.specializedAtComplexity} or payer-policy dependence ≥{" "}
            {RECOMMENDATION_RULE.specializedAtPayerPolicy} → Specialized; automation potential ≥ {RECOMMENDATION_RULE.aiHybridAtAutomation} →
            Generalist / AI-hybrid; otherwise Generalist. A bid line whose vendor&apos;s operating model does not fit is shown as a
            risk. Values marked * are your organisation&apos;s overrides.
          </p>
          <DecisionMatrixTable rows={rows} />
        </Panel>
        <Panel title="2. Compliance maturity and the PHI gate">
          <p className="mb-3 text-sm text-slate-700">
            maturity = Σ weight × level factor × current / Σ weight, judged at the evaluation&apos;s as-of date; an item past its
            validity counts 0. A bid line for a function that handles PHI is disqualified unless the vendor has a current SOC 2
            Type II, documented or verified, and a BAA.
          </p>
          <EvidenceItemsTable />
          <div className="mt-3">
            <VerificationLevelsList />
          </div>
        </Panel>
        <Panel title="3. Metric evidence">
          <p className="text-sm text-slate-700">
            The value used is the newest observation from the most trustworthy source available: audited, then client-measured,
            then reference check, then vendor-claimed (of two from one source on one day, the less favourable). A value resting only on a vendor&apos;s claim that is better than the middle
            of the criterion&apos;s benchmark scale is moved toward that midpoint by the claim haircut (default{" "}
            {formatPercent(DEFAULT_CLAIM_HAIRCUT)}). For a higher-is-better metric, used = claimed − haircut × max(0, claimed −
            midpoint); for a lower-is-better one (denial rate, turnover), used = claimed + haircut × max(0, midpoint − claimed). A
            claim at or worse than the midpoint is used as claimed: the haircut never makes a claim better. Rework and overturn
            rates have no benchmark scale and are used as observed.
          </p>
          <p className="mt-2 text-sm text-slate-700">
            In an evaluation, each bid line&apos;s performance is the vendor&apos;s commitment in the bid where one was entered,
            otherwise the vendor&apos;s used value from the registry; with neither, the function&apos;s baseline is assumed (no
            improvement) and the gap is flagged.
          </p>
        </Panel>
        <Panel title="4. Weighted score">
          <p className="mb-3 text-sm text-slate-700">
            Each criterion is normalised on a fixed benchmark scale (so adding a bid never reorders the others), then score = 100 ×
            Σ weight × n / Σ weight. A missing value scores 0 and is flagged. The weight-stability table gives, for each
            criterion, the exact range of its weight over which the leader stays on top.
          </p>
          <CriteriaTable />
        </Panel>
        <Panel title="5. Total cost of ownership">
          <TcoFormulas />
          <h3 className="mb-2 mt-5 text-sm font-semibold">Assumptions, defaults and sources</h3>
          <AssumptionsTable />
        </Panel>
      </div>
    </>
  );
}
