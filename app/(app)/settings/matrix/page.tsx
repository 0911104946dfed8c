import type { Metadata } from "next";
import { MatrixOverrideForm } from "@/components/settings/matrix-override-form";
import { Panel } from "@/components/ui/panel";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { listMatrixOverrides } from "@/lib/server/queries/matrix-overrides";
import { buildDecisionMatrix, RECOMMENDATION_LABELS } from "@/lib/scoring/decision-matrix";
import { FACTOR_LABELS, FACTOR_NAMES } from "@/lib/scoring/healthcare-function";
import { removeMatrixOverrideAction, setMatrixOverrideAction } from "./actions";

export const metadata: Metadata = { title: "Decision matrix" };

export default async function MatrixSettingsPage() {
  const auth = await requirePagePermission("edit:settings");
  const overrides = await listMatrixOverrides(auth.organizationId);
  const rows = buildDecisionMatrix(overrides);
  return (
    <Panel title="Decision matrix (MODEL.md §1) and your organisation's overrides">
      <p className="mb-4 text-sm text-slate-600">
        Each function&apos;s factors decide which operating model it needs. Where your experience differs, override a factor or the
        recommendation and say why; the reason appears wherever the matrix is shown, and each change is in the audit trail.
      </p>
      <ul className="space-y-4">
        {rows.map((row) => {
          const current = overrides.find((o) => o.function === row.function) ?? null;
          return (
            <li key={row.function} className="rounded-lg border border-slate-200 p-4" aria-labelledby={`matrix-${row.function}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 id={`matrix-${row.function}`} className="font-semibold text-slate-900">
                  {row.label}
                </h3>
                <p className="text-sm">
                  <span className="font-medium">{RECOMMENDATION_LABELS[row.recommendation]}</span>
                  {current && <span className="ml-2 rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900">Overridden by your organisation</span>}
                </p>
              </div>
              <p className="mt-1 text-xs text-slate-600">
                {FACTOR_NAMES.map((name) => `${FACTOR_LABELS[name]} ${row[name]}${row.overriddenFactors.includes(name) ? "*" : ""}`).join(" · ")} · handles PHI: {row.handlesPhi ? "yes" : "no"}
              </p>
              <p className="mt-1 text-sm text-slate-700">{row.rationale}</p>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium text-brand-800">{current ? "Change or remove the override" : "Override this row"}</summary>
                <div className="mt-3">
                  <MatrixOverrideForm fn={row.function} label={row.label} current={current} save={setMatrixOverrideAction} remove={removeMatrixOverrideAction} />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
