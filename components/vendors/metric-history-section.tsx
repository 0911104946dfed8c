import Link from "next/link";
import { EmptyState } from "@/components/ui/panel";
import { MetricHistoryCard } from "@/components/vendors/metric-history-card";
import { metricHistoryView, type HistoryObservation } from "@/lib/registry/metric-history";
import { METRIC_DEFINITIONS } from "@/lib/scoring/metric-definitions";
import { METRIC_KEYS } from "@/lib/scoring/metric-evidence";

/** Every metric the vendor has figures for, as a chart card; the others listed with a link to add one. */
export function MetricHistorySection({ observations, vendorId, canEdit }: { observations: HistoryObservation[]; vendorId: string; canEdit: boolean }) {
  const recorded = METRIC_KEYS.filter((metric) => observations.some((o) => o.metric === metric));
  const missing = METRIC_KEYS.filter((metric) => !recorded.includes(metric));
  return (
    <div className="space-y-4">
      {recorded.length === 0 && <EmptyState>No metric observations yet.{canEdit ? " Add one, or import a CSV of figures." : ""}</EmptyState>}
      <div className="grid gap-4 xl:grid-cols-2">
        {recorded.map((metric) => (
          <MetricHistoryCard key={metric} view={metricHistoryView(metric, observations)} vendorId={vendorId} canEdit={canEdit} />
        ))}
      </div>
      {recorded.length > 0 && missing.length > 0 && (
        <p className="text-sm text-slate-600">
          No figures yet for:{" "}
          {missing.map((metric, index) => (
            <span key={metric}>
              {index > 0 && ", "}
              {canEdit ? (
                <Link href={`/vendors/${vendorId}/metrics/new?metric=${metric}`} className="text-brand-800 hover:underline">
                  {METRIC_DEFINITIONS[metric].label.toLowerCase()}
                </Link>
              ) : (
                METRIC_DEFINITIONS[metric].label.toLowerCase()
              )}
            </span>
          ))}
          .
        </p>
      )}
    </div>
  );
}
