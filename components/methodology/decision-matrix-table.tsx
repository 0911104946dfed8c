import type { DecisionMatrixRow } from "@/lib/scoring/decision-matrix";
import { RECOMMENDATION_LABELS } from "@/lib/scoring/decision-matrix";
import { FACTOR_NAMES } from "@/lib/scoring/healthcare-function";

const FACTOR_HEADERS: Record<(typeof FACTOR_NAMES)[number], string> = {
  clinicalComplexity: "Clinical complexity",
  payerPolicyDependence: "Payer-policy dependence",
  complianceSensitivity: "Compliance sensitivity",
  automationPotential: "Automation potential",
};

/** MODEL.md §1 as the engine computes it, with this organisation's overrides marked. */
export function DecisionMatrixTable({ rows }: { rows: DecisionMatrixRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Decision matrix: factors scored 1 to 5 and the recommended operating model</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3">Function</th>
            {FACTOR_NAMES.map((name) => (
              <th key={name} scope="col" className="py-1 pr-3 text-right">{FACTOR_HEADERS[name]}</th>
            ))}
            <th scope="col" className="py-1 pr-3">PHI</th>
            <th scope="col" className="py-1 pr-3">Recommendation</th>
            <th scope="col" className="py-1">Why</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((row) => (
            <tr key={row.function}>
              <th scope="row" className="py-1.5 pr-3 text-left font-medium">{row.label}</th>
              {FACTOR_NAMES.map((name) => (
                <td key={name} className="py-1.5 pr-3 text-right">
                  {row[name]}
                  {row.overriddenFactors.includes(name) && <span title="Set by your organisation" className="text-amber-700">*</span>}
                </td>
              ))}
              <td className="py-1.5 pr-3">{row.handlesPhi ? "Yes" : "No"}</td>
              <td className="py-1.5 pr-3 font-medium">
                {RECOMMENDATION_LABELS[row.recommendation]}
                {row.recommendationOverridden && <span className="text-amber-700">*</span>}
              </td>
              {/* The rationale already quotes the override's reason. */}
              <td className="py-1.5 text-slate-700">{row.rationale}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
