import { complianceStatesOf, type ComplianceState } from "@/lib/scoring/compliance-state";
import type { ComplianceEvidence } from "@/lib/scoring/compliance";

export const COMPLIANCE_STATE_LABELS: Record<ComplianceState, string> = {
  CURRENT: "Current",
  EXPIRING: "Expiring within 60 days",
  EXPIRED: "Expired",
  FAILS_PHI_GATE: "Fails the PHI gate",
};

const BADGES: Record<ComplianceState, { label: string; className: string }> = {
  CURRENT: { label: "Current", className: "bg-emerald-100 text-emerald-800" },
  EXPIRING: { label: "Expiring", className: "bg-amber-100 text-amber-900" },
  EXPIRED: { label: "Expired", className: "bg-red-100 text-red-800" },
  FAILS_PHI_GATE: { label: "Fails PHI gate", className: "bg-red-100 text-red-800" },
};

/** A vendor's compliance states as small badges; "No evidence" when nothing is on record. */
export function ComplianceBadges({ evidence, asOf }: { evidence: ComplianceEvidence[]; asOf: Date }) {
  const states = complianceStatesOf(evidence, asOf);
  const shown = (["FAILS_PHI_GATE", "EXPIRED", "EXPIRING", "CURRENT"] as const).filter((state) => states.has(state));
  return (
    <span className="flex flex-wrap gap-1">
      {evidence.length === 0 && <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">No evidence</span>}
      {shown.map((state) => (
        <span key={state} className={`rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${BADGES[state].className}`}>
          {BADGES[state].label}
        </span>
      ))}
    </span>
  );
}
