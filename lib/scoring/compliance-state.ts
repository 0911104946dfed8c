import { EVIDENCE_ITEMS, evidenceExpiry, EXPIRY_WARNING_DAYS, phiGate, type ComplianceEvidence, type EvidenceItem } from "@/lib/scoring/compliance";

/**
 * Where a vendor's compliance evidence stands on a day, for the vendor list's filter and badge:
 * - EXPIRED: an item's newest validity has ended (it was not renewed);
 * - EXPIRING: an item's newest validity ends within EXPIRY_WARNING_DAYS;
 * - CURRENT: evidence on record and none of it expired or expiring;
 * - FAILS_PHI_GATE: MODEL.md §2 gate fails (may hold together with the others).
 * Per item, the record valid the longest decides (a renewal replaces the old report);
 * records not yet effective on the day are left out.
 */
export const COMPLIANCE_STATES = ["CURRENT", "EXPIRING", "EXPIRED", "FAILS_PHI_GATE"] as const;
export type ComplianceState = (typeof COMPLIANCE_STATES)[number];

const DAY_MS = 86_400_000;

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** The states a vendor's evidence is in on `asOf` (UTC calendar day). */
export function complianceStatesOf(evidence: readonly ComplianceEvidence[], asOf: Date, warningDays = EXPIRY_WARNING_DAYS): Set<ComplianceState> {
  const day = utcDay(asOf);
  const effective = evidence.filter((record) => utcDay(record.effectiveDate) <= day);
  const states = new Set<ComplianceState>();
  for (const item of EVIDENCE_ITEMS) {
    const lastDay = longestValidity(effective, item);
    if (typeof lastDay !== "number") continue;
    if (lastDay < day) states.add("EXPIRED");
    else if (lastDay - day <= warningDays * DAY_MS) states.add("EXPIRING");
  }
  if (effective.length > 0 && !states.has("EXPIRED") && !states.has("EXPIRING")) states.add("CURRENT");
  if (!phiGate(evidence, asOf).passed) states.add("FAILS_PHI_GATE");
  return states;
}

/** The last valid day (UTC ms) of the item's longest-lived record; null = never expires; undefined = none. */
function longestValidity(records: readonly ComplianceEvidence[], item: EvidenceItem): number | null | undefined {
  let longest: number | undefined;
  for (const record of records) {
    if (record.item !== item) continue;
    const expiry = evidenceExpiry(record.item, record.effectiveDate);
    if (expiry === null) return null;
    longest = Math.max(longest ?? -Infinity, utcDay(expiry));
  }
  return longest;
}
