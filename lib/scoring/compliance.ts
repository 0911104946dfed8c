import { DECISION_MATRIX_FACTORS, type HealthcareFunction } from "@/lib/scoring/healthcare-function";

/** MODEL.md §2 evidence item codes; the same strings as the Prisma enum EvidenceItem. */
export const EVIDENCE_ITEMS = [
  "SOC2_TYPE_II",
  "HIPAA_BAA",
  "HITRUST_CSF",
  "HITECH_BREACH_PROCEDURE",
  "COMPLIANCE_OFFICER",
  "DATA_SEGREGATION",
  "INCIDENT_RESPONSE_DRILL",
  "CLEAN_EXTERNAL_AUDIT",
] as const;
export type EvidenceItem = (typeof EVIDENCE_ITEMS)[number];

/** Verification levels; the same strings as the Prisma enum VerificationLevel. */
export const VERIFICATION_LEVELS = ["CLAIMED", "DOCUMENTED", "VERIFIED"] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];

/** MODEL.md §2: how much of an item's weight each level earns (fraction). */
export const VERIFICATION_LEVEL_FACTORS: Record<VerificationLevel, { factor: number; label: string }> = {
  CLAIMED: { factor: 0.25, label: "Claimed (a \"yes, we are compliant\" statement)" },
  DOCUMENTED: { factor: 0.75, label: "Documented (the document was supplied)" },
  VERIFIED: { factor: 1, label: "Verified (independently audited or checked by the buyer)" },
};

/** MODEL.md §2 evidence table: weight (points) and validity in months (null = never expires). */
export const EVIDENCE_ITEM_TABLE: Record<EvidenceItem, { label: string; weight: number; validMonths: number | null; validityNote: string }> = {
  SOC2_TYPE_II: { label: "SOC 2 Type II report", weight: 25, validMonths: 12, validityNote: "12 months after the report period ends" },
  HIPAA_BAA: { label: "Signed or offered HIPAA business associate agreement (BAA)", weight: 15, validMonths: null, validityNote: "no expiry" },
  HITRUST_CSF: { label: "HITRUST CSF certification", weight: 10, validMonths: 24, validityNote: "24 months" },
  HITECH_BREACH_PROCEDURE: { label: "HITECH breach-notification procedure", weight: 10, validMonths: 12, validityNote: "12 months" },
  COMPLIANCE_OFFICER: { label: "Dedicated healthcare compliance officer (named)", weight: 10, validMonths: null, validityNote: "no expiry" },
  DATA_SEGREGATION: { label: "Documented per-client data segregation", weight: 10, validMonths: 12, validityNote: "12 months" },
  INCIDENT_RESPONSE_DRILL: { label: "Healthcare breach incident-response drill", weight: 10, validMonths: 12, validityNote: "12 months" },
  CLEAN_EXTERNAL_AUDIT: { label: "Clean external audit (no material findings)", weight: 10, validMonths: 12, validityNote: "12 months" },
};

/** One piece of compliance evidence; effectiveDate is the end of the report period for SOC 2. */
export interface ComplianceEvidence {
  item: EvidenceItem;
  level: VerificationLevel;
  effectiveDate: Date;
}

/**
 * The last day an item is valid (UTC date): effectiveDate + validity months, clamped to the
 * month's end (31 Jan + 1 month = 28/29 Feb); null for items that never expire (BAA, officer).
 * The item still counts on that day and is expired from the next day on.
 */
export function evidenceExpiry(item: EvidenceItem, effectiveDate: Date): Date | null {
  const months = EVIDENCE_ITEM_TABLE[item].validMonths;
  if (months === null) return null;
  return addCalendarMonths(effectiveDate, months);
}

function addCalendarMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

/** Midnight UTC of a date, so that evidence is judged by calendar day, not by time of day. */
function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** How far ahead (days) evidence counts as expiring soon, for the home page and vendor pages. */
export const EXPIRY_WARNING_DAYS = 60;

export type ExpiryState = "NO_EXPIRY" | "EXPIRED" | "EXPIRING_SOON" | "CURRENT";

/**
 * Where an expiry date stands on an as-of date, by calendar day (UTC) as maturity judges it:
 * evidence still counts on its expiry day and is expired from the day after.
 */
export function expiryState(expiresAt: Date | null, asOf: Date, warningDays: number = EXPIRY_WARNING_DAYS): ExpiryState {
  if (expiresAt === null) return "NO_EXPIRY";
  const daysLeft = (utcDay(expiresAt) - utcDay(asOf)) / 86_400_000;
  if (daysLeft < 0) return "EXPIRED";
  return daysLeft <= warningDays ? "EXPIRING_SOON" : "CURRENT";
}

export type EvidenceState = "CURRENT" | "EXPIRED" | "NOT_YET_EFFECTIVE" | "MISSING";

export interface EvidenceItemAssessment {
  item: EvidenceItem;
  state: EvidenceState;
  /** The level of the record that counts (the best current one), or of the newest record otherwise. */
  level: VerificationLevel | null;
  expiresAt: Date | null;
  /** Points earned: weight × level factor when current, else 0. */
  points: number;
  weight: number;
}

export interface ComplianceMaturity {
  /** Fraction 0–1. */
  maturity: number;
  items: EvidenceItemAssessment[];
  expiredItems: EvidenceItem[];
}

const LEVEL_RANK: Record<VerificationLevel, number> = { CLAIMED: 0, DOCUMENTED: 1, VERIFIED: 2 };

function stateOf(record: ComplianceEvidence, asOf: number): { state: EvidenceState; expiresAt: Date | null } {
  const expiresAt = evidenceExpiry(record.item, record.effectiveDate);
  // Evidence dated after the as-of date did not exist then (a back-dated evaluation).
  if (utcDay(record.effectiveDate) > asOf) return { state: "NOT_YET_EFFECTIVE", expiresAt };
  if (expiresAt !== null && utcDay(expiresAt) < asOf) return { state: "EXPIRED", expiresAt };
  return { state: "CURRENT", expiresAt };
}

/**
 * MODEL.md §2 maturity (fraction 0–1) at an as-of date: Σ weight × level factor × current / Σ weight.
 * Where a vendor holds several records of one item, the best current one counts (of equally good
 * ones, the one valid longest); with none current, the newest is shown (of the same date, the
 * better level). The order of the records never matters.
 */
export function complianceMaturity(evidence: readonly ComplianceEvidence[], asOf: Date = new Date()): ComplianceMaturity {
  const day = utcDay(asOf);
  let totalWeight = 0;
  let earned = 0;
  const items: EvidenceItemAssessment[] = [];
  for (const item of EVIDENCE_ITEMS) {
    const { weight } = EVIDENCE_ITEM_TABLE[item];
    totalWeight += weight;
    const records = evidence
      .filter((record) => record.item === item)
      .map((record) => {
        const { state, expiresAt } = stateOf(record, day);
        const points = state === "CURRENT" ? weight * VERIFICATION_LEVEL_FACTORS[record.level].factor : 0;
        return { assessment: { item, state, level: record.level, expiresAt, points, weight } satisfies EvidenceItemAssessment, effective: record.effectiveDate.getTime(), rank: LEVEL_RANK[record.level] };
      });
    // The best current record: most points, then valid longest (records of one item all expire or all never do).
    const best = records.filter((r) => r.assessment.state === "CURRENT").sort((a, b) => b.assessment.points - a.assessment.points || validUntil(b.assessment) - validUntil(a.assessment))[0];
    // With none current, the newest one is shown: latest effective date, then best level.
    const newest = records.sort((a, b) => b.effective - a.effective || b.rank - a.rank)[0];
    const counted: EvidenceItemAssessment = (best ?? newest)?.assessment ?? { item, state: "MISSING", level: null, expiresAt: null, points: 0, weight };
    earned += counted.points;
    items.push(counted);
  }
  return {
    maturity: earned / totalWeight,
    items,
    expiredItems: items.filter((i) => i.state === "EXPIRED").map((i) => i.item),
  };
}

/** An expiry as a number for ordering (0 for items that never expire). */
function validUntil(record: EvidenceItemAssessment): number {
  return record.expiresAt?.getTime() ?? 0;
}

export interface PhiGateResult {
  passed: boolean;
  /** Why the gate fails, one sentence per missing condition; empty when it passes. */
  reasons: string[];
}

/**
 * MODEL.md §2 gate for PHI work: a current SOC 2 Type II at DOCUMENTED or better and a current
 * BAA. The BAA may be at any level: the item itself is "signed or offered".
 */
export function phiGate(evidence: readonly ComplianceEvidence[], asOf: Date = new Date()): PhiGateResult {
  const day = utcDay(asOf);
  const current = evidence.filter((e) => stateOf(e, day).state === "CURRENT");
  const reasons: string[] = [];
  if (!current.some((e) => e.item === "SOC2_TYPE_II" && LEVEL_RANK[e.level] >= LEVEL_RANK.DOCUMENTED)) {
    reasons.push("No current SOC 2 Type II report at Documented or Verified level.");
  }
  if (!current.some((e) => e.item === "HIPAA_BAA")) reasons.push("No HIPAA business associate agreement.");
  return { passed: reasons.length === 0, reasons };
}

export interface LineQualification {
  function: HealthcareFunction;
  disqualified: boolean;
  reasons: string[];
}

/**
 * Applies the PHI gate to each line of a bid; the bid is disqualified when any line is.
 * handlesPhi may come from an organisation's matrix override.
 */
export function qualifyBid(
  functions: readonly HealthcareFunction[],
  evidence: readonly ComplianceEvidence[],
  asOf: Date = new Date(),
  handlesPhi: (fn: HealthcareFunction) => boolean = (fn) => DECISION_MATRIX_FACTORS[fn].handlesPhi,
): { disqualified: boolean; lines: LineQualification[] } {
  const gate = phiGate(evidence, asOf);
  const lines = functions.map((fn) => {
    const disqualified = handlesPhi(fn) && !gate.passed;
    return { function: fn, disqualified, reasons: disqualified ? gate.reasons : [] };
  });
  return { disqualified: lines.some((l) => l.disqualified), lines };
}
