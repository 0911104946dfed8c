import { Suspense } from "react";
import { ExpiringEvidencePanel } from "@/components/home/expiring-evidence-panel";
import { OpenEvaluationsPanel } from "@/components/home/open-evaluations-panel";
import { RecentActivityPanel } from "@/components/home/recent-activity-panel";
import { PageHeader } from "@/components/ui/page-header";
import { PanelSkeleton } from "@/components/ui/panel-skeleton";
import { requireAuth } from "@/lib/server/auth/current-auth";

export default async function HomePage() {
  const auth = await requireAuth();
  return (
    <>
      <PageHeader
        title={`Welcome, ${auth.name.split(" ")[0]}`}
        description={`${auth.organizationName}: open sourcing events, compliance evidence that needs renewing, and what changed lately.`}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Suspense fallback={<PanelSkeleton title="Open evaluations" />}>
          <OpenEvaluationsPanel organizationId={auth.organizationId} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton title="Evidence expiring soon" />}>
          <ExpiringEvidencePanel organizationId={auth.organizationId} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton title="Recent activity" />}>
          <RecentActivityPanel organizationId={auth.organizationId} />
        </Suspense>
      </div>
    </>
  );
}
