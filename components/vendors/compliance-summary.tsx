import { complianceMaturity, phiGate, type ComplianceEvidence } from "@/lib/scoring/compliance";
import { formatCode, formatPercent } from "@/lib/format";

/** MODEL.md §2 at a glance: maturity today and whether the vendor may touch PHI. */
export function ComplianceSummary({ evidence, asOf }: { evidence: ComplianceEvidence[]; asOf: Date }) {
  const { maturity, expiredItems } = complianceMaturity(evidence, asOf);
  const gate = phiGate(evidence, asOf);
  return (
    <div className="mb-4 grid gap-3 sm:grid-cols-2">
      <div className="rounded-md bg-slate-50 px-3 py-2">
        <div className="text-sm text-slate-600">Compliance maturity today</div>
        <div className="text-2xl font-semibold" data-testid="compliance-maturity">{formatPercent(maturity)}</div>
        {expiredItems.length > 0 && (
          <div className="text-xs text-red-800">Expired, counting 0: {expiredItems.map(formatCode).join(", ")}</div>
        )}
      </div>
      <div className={`rounded-md px-3 py-2 ${gate.passed ? "bg-emerald-50" : "bg-red-50"}`}>
        <div className="text-sm text-slate-600">PHI gate</div>
        <div className={`text-lg font-semibold ${gate.passed ? "text-emerald-800" : "text-red-800"}`}>
          {gate.passed ? "Passes: may bid on PHI work" : "Fails: bids on PHI work are disqualified"}
        </div>
        {gate.reasons.length > 0 && (
          <ul className="text-xs text-red-800">
            {gate.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
