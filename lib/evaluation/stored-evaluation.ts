import type { ComplianceEvidence } from "@/lib/scoring/compliance";
import type { MatrixOverride } from "@/lib/scoring/decision-matrix";
import type { HealthcareFunction } from "@/lib/scoring/healthcare-function";
import type { MetricKey, MetricSource } from "@/lib/scoring/metric-evidence";
import type { AiUse, OperatingModel } from "@/lib/scoring/operating-model";
import type { AssumptionName } from "@/lib/tco/assumptions";
import type { PerformanceRate, PricingModel } from "@/lib/tco/scenario";
import type { Range, Uncertain } from "@/lib/tco/uncertain";

// An evaluation's stored rows as plain numbers and dates: what lib/server reads from the
// database and hands to the pure assembly (no Decimal, no Prisma types).

/** Optional ranges by the field name of the number they replace (the rows' `ranges` JSON). */
export type StoredRanges = Readonly<Record<string, Range>>;

/** A function in scope with today's baseline (EvaluationFunction). Rates are fractions, money USD. */
export interface StoredFunction {
  id: string;
  function: HealthcareFunction;
  volumePerMonth: number;
  revenuePerUnit: number;
  baseline: Record<PerformanceRate, number> & { monthlyCost: number };
  /** Keys: volumePerMonth, revenuePerUnit, baselineDenialRate … baselineMonthlyCost. */
  ranges: StoredRanges;
}

/** A bid line (BidLine): pricing and the vendor's commitments, null where none was made. */
export interface StoredBidLine {
  functionId: string;
  pricingModel: PricingModel;
  rate: number;
  hoursPerMonth: number | null;
  fte: number | null;
  monthlyMinimum: number | null;
  commitments: Record<PerformanceRate, number | null>;
  /** Keys: rate, hoursPerMonth, fte, monthlyMinimum, denialRate … firstPassRate. */
  ranges: StoredRanges;
}

export interface StoredBid {
  id: string;
  label: string;
  status: "DRAFT" | "SUBMITTED" | "WITHDRAWN";
  vendorId: string;
  implementationFee: number;
  oversightPerMonth: number;
  /** Vendor staff on the account; null = not given. */
  fte: number | null;
  /** Annual turnover (fraction) committed in the bid; null = use the vendor's. */
  turnoverRate: number | null;
  /** Overrides the maturity computed from the vendor's evidence; null = computed. */
  complianceMaturity: number | null;
  /** Keys: implementationFee, oversightPerMonth, fte, turnoverRate, complianceMaturity. */
  ranges: StoredRanges;
  lines: StoredBidLine[];
}

export interface StoredObservation {
  metric: MetricKey;
  /** Fraction. */
  value: number;
  asOf: Date;
  source: MetricSource;
}

export interface StoredCertification {
  count: number;
}

export interface StoredVendor {
  id: string;
  name: string;
  operatingModel: OperatingModel;
  aiUse: AiUse;
  /** Staff on healthcare accounts; the denominator of the certified-staff share. */
  fte: number | null;
  /** Annual turnover from the vendor's profile (fraction), the last resort for the turnover term. */
  annualTurnoverRate: number | null;
  observations: StoredObservation[];
  evidence: ComplianceEvidence[];
  certifications: StoredCertification[];
}

/** Everything the results of one evaluation depend on. */
export interface StoredEvaluation {
  id: string;
  version: number;
  termMonths: number;
  monteCarloSeed: number;
  monteCarloIterations: number;
  /** Evidence and gates are judged on this day. */
  asOf: Date;
  /** Criterion key → weight; keys left out take MODEL.md §4's defaults. */
  weights: Readonly<Record<string, number>>;
  /**
   * The evaluation's assumptions: copied from the organisation's defaults when it was created,
   * then its own. Names left out take MODEL.md's defaults; the organisation's current defaults
   * never reach an existing evaluation.
   */
  assumptions: Partial<Record<AssumptionName, Uncertain>>;
  matrixOverrides: MatrixOverride[];
  functions: StoredFunction[];
  bids: StoredBid[];
  vendors: StoredVendor[];
}
