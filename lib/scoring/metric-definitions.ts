import type { MetricKey } from "@/lib/scoring/metric-evidence";

/** How a figure was measured, as the vendor declared it; the same strings as the Prisma enum MeasurementBasis. */
export const MEASUREMENT_BASES = ["CODE", "CLAIM", "FINANCIAL", "HFMA_MAP_KEY", "VENDOR_DEFINED"] as const;
export type MeasurementBasis = (typeof MEASUREMENT_BASES)[number];

/** Short names, for tables and the chart card. */
export const MEASUREMENT_BASIS_LABELS: Record<MeasurementBasis, string> = {
  CODE: "Code level",
  CLAIM: "Claim level",
  FINANCIAL: "Financial level",
  HFMA_MAP_KEY: "HFMA MAP Key definition",
  VENDOR_DEFINED: "The vendor's own definition",
};

/** What each basis means, for the form's choices. */
export const MEASUREMENT_BASIS_DESCRIPTIONS: Record<MeasurementBasis, string> = {
  CODE: "Code level (each code checked)",
  CLAIM: "Claim level (a claim with any wrong code counts as wrong)",
  FINANCIAL: "Financial level (only errors that change payment count)",
  HFMA_MAP_KEY: "HFMA MAP Key definition",
  VENDOR_DEFINED: "The vendor's own definition",
};

export interface MetricDefinition {
  label: string;
  /** What the number is, as a ratio, in one sentence. */
  definition: string;
  /** The HFMA MAP Key this follows, when one exists (MODEL.md "Defaults and their sources"). */
  hfmaMapKey: string | null;
  /** Context for reading the number, with its source. */
  note: string;
  direction: "higher" | "lower";
  /** The bases a vendor may declare for this metric. */
  bases: readonly MeasurementBasis[];
  /** Largest plausible value, as a fraction (turnover can pass 100 % a year). */
  max: number;
}

/** Metric definitions shown as help next to each metric (all values are fractions). */
export const METRIC_DEFINITIONS: Record<MetricKey, MetricDefinition> = {
  FIRST_PASS_RATE: {
    label: "First-pass payment rate",
    definition: "Claims paid on their first submission ÷ claims submitted.",
    hfmaMapKey: null,
    note: "No HFMA MAP Key measures payment on first pass; the nearest, clean claim rate (claims passing all edits with no manual intervention ÷ claims accepted), counts claims before the payer decides.",
    direction: "higher",
    bases: ["VENDOR_DEFINED"],
    max: 1,
  },
  CODING_ACCURACY: {
    label: "Coding accuracy",
    definition: "Coded items found correct on audit ÷ coded items audited, at the level the vendor states.",
    hfmaMapKey: null,
    note: "Benchmark 95 % (commonly attributed to AHIMA / AAPC). A figure at code level reads higher than the same work at claim level: compare like with like.",
    direction: "higher",
    bases: ["CODE", "CLAIM", "FINANCIAL"],
    max: 1,
  },
  DENIAL_RATE: {
    label: "Initial denial rate",
    definition: "Initial denials ÷ claims submitted.",
    hfmaMapKey: "Initial denial rate",
    note: "Average around 11.8 % of claims (Kodiak Solutions, 2025).",
    direction: "lower",
    bases: ["HFMA_MAP_KEY", "VENDOR_DEFINED"],
    max: 1,
  },
  REWORK_RATE: {
    label: "Rework rate",
    definition: "Denials worked (corrected and resubmitted, or appealed) ÷ denials received.",
    hfmaMapKey: null,
    note: "About 65 % of denials are never reworked (Change Healthcare, cited second-hand; weak).",
    direction: "higher",
    bases: ["VENDOR_DEFINED"],
    max: 1,
  },
  OVERTURN_RATE: {
    label: "Overturn rate",
    definition: "Worked denials paid after appeal or resubmission ÷ denials worked.",
    hfmaMapKey: null,
    note: "54.3 % of appealed denials are overturned on average (Premier, 2024).",
    direction: "higher",
    bases: ["VENDOR_DEFINED"],
    max: 1,
  },
  STAFF_TURNOVER: {
    label: "Annual staff turnover",
    definition: "Staff on the vendor's healthcare accounts who left in a year ÷ average headcount.",
    hfmaMapKey: null,
    note: "BPO staff turnover runs 30–45 % a year (QATC, US contact centres; weak).",
    direction: "lower",
    bases: ["VENDOR_DEFINED"],
    max: 3,
  },
};
