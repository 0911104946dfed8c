import type { CriterionScale } from "@/lib/scoring/criteria";
import type { Recommendation } from "@/lib/scoring/decision-matrix";
import type { HealthcareFunction } from "@/lib/scoring/healthcare-function";
import type { MetricKey, MetricSource } from "@/lib/scoring/metric-evidence";
import type { AiUse, OperatingModel } from "@/lib/scoring/operating-model";
import type { WeightInterval } from "@/lib/scoring/weight-stability";
import type { ComponentName } from "@/lib/tco/bid-kernel";
import type { PerformanceRate, PricingModel } from "@/lib/tco/scenario";
import type { CumulativeBand, Percentiles } from "@/lib/tco/tco-result";

// The results of one stored evaluation: what GET /api/v1/evaluations/{id}/results returns and
// what the overview and the TCO view render. Plain JSON: dates are ISO strings, rates fractions,
// money USD over the term unless a name says otherwise.

/** Where a number the model used comes from. */
export type ValueBasis =
  /** The vendor's commitment in the bid. */
  | { kind: "COMMITMENT" }
  /** The vendor's used metric value from the registry (MODEL.md §3). */
  | { kind: "VENDOR_METRIC"; metric: MetricKey; source: MetricSource; asOf: string; observedValue: number; haircutApplied: boolean }
  /** The vendor's profile (annual turnover) when no metric observation exists. */
  | { kind: "VENDOR_PROFILE" }
  /** Computed from the vendor's compliance evidence (maturity) or certifications (share). */
  | { kind: "VENDOR_EVIDENCE" }
  /** Nothing known: today's baseline is assumed for the rate (no improvement). */
  | { kind: "BASELINE_ASSUMED" }
  /** Nothing known and nothing to assume: scores 0 on the criterion. */
  | { kind: "MISSING" };

export interface ResolvedValue {
  /** In the unit of the field (fraction for rates); null when missing. */
  value: number | null;
  basis: ValueBasis;
}

/** Something a reader must know about a bid's data, with a sentence that says it. */
export type BidNote =
  | { kind: "MISSING_DATA"; criterion: string; message: string }
  | { kind: "CLAIM_ONLY"; metric: MetricKey; claimed: number; used: number; haircutApplied: boolean; message: string }
  | { kind: "BASELINE_ASSUMED"; rate: PerformanceRate; functionKeys: string[]; message: string }
  | { kind: "PARTIAL_SCOPE"; functionKeys: string[]; message: string }
  | { kind: "NO_ACCOUNT_FTE"; message: string };

export interface CriterionOutcome {
  key: string;
  /** Raw value in the criterion's unit; null when missing. */
  value: number | null;
  /** n ∈ [0,1]. */
  normalized: number;
  missing: boolean;
}

export interface LineOutcome {
  functionKey: string;
  function: HealthcareFunction;
  pricingModel: PricingModel;
  /** USD per hour / FTE-month / unit, or a fraction of collections. */
  rate: number;
  recommendation: Recommendation;
  /** The decision matrix's one-sentence reason (with the organisation's overrides). */
  rationale: string;
  fit: boolean;
  /** True when this line fails the PHI gate. */
  disqualified: boolean;
  performance: Record<PerformanceRate, ResolvedValue>;
}

export interface BidOutcome {
  id: string;
  label: string;
  vendor: { id: string; name: string; operatingModel: OperatingModel; aiUse: AiUse };
  qualified: boolean;
  /** Why the bid cannot win, one sentence each; empty when qualified. */
  disqualificationReasons: string[];
  /** Function keys in scope that the bid has no line for (they stay with today's arrangement). */
  uncoveredFunctionKeys: string[];
  lines: LineOutcome[];
  /** In the evaluation's criteria order. */
  criteria: CriterionOutcome[];
  /** Where the bid-level criterion values come from, by criterion key. */
  criterionBasis: Record<string, ValueBasis>;
  notes: BidNote[];
  /** 0–100. */
  score: number;
  /** 1-based; qualified bids first. */
  rank: number;
  /** 0–100 (MODEL.md §4). */
  auditDefensibility: number;
  /** Probability (fraction) of ranking first when every weight varies ±25 %. */
  rankAcceptability: number;
  tco: number;
  components: Record<ComponentName, number>;
  gross: number;
  nrr: number | null;
  tcoPerUnit: number | null;
  paybackMonth: number | null;
  /** Cost per month, USD, months 1…T. */
  monthlyCost: number[];
  /** Cumulative net benefit against the baseline, USD, months 1…T. */
  cumulativeNetBenefit: number[];
}

export interface FunctionOutcome {
  key: string;
  function: HealthcareFunction;
  recommendation: Recommendation;
  rationale: string;
  handlesPhi: boolean;
  volumePerMonth: number;
  revenuePerUnit: number;
}

export interface TornadoEntry {
  bidId: string;
  /** Path of the input in the engine's scenario. */
  input: string;
  /** For people: "Cost to work one denial" or "Specialized RCM partner · Medical coding · denial rate". */
  label: string;
  unit: "USD" | "fraction" | "count" | "months" | "days" | "multiple";
  lowValue: number;
  highValue: number;
  /** The bid's TCO with the input at its low / high value, every other input at its mode. */
  tcoAtLow: number;
  tcoAtHigh: number;
}

export interface BidUncertaintyOutcome {
  tco: Percentiles;
  nrr: Percentiles;
  paybackMonth: Percentiles;
  probabilityLowestTco: number;
  cumulativeNetBenefit: CumulativeBand | null;
}

export interface UncertaintyOutcome {
  iterations: number;
  seed: number;
  /** By bid id. */
  bids: Record<string, BidUncertaintyOutcome>;
}

export interface EvaluationResults {
  evaluationId: string;
  /** The evaluation's version the results were computed from. */
  version: number;
  termMonths: number;
  /** The day evidence and gates were judged on, YYYY-MM-DD. */
  asOf: string;
  monteCarloSeed: number;
  monteCarloIterations: number;
  criteria: { key: string; label: string; direction: "higher" | "lower"; scale: CriterionScale; weight: number }[];
  functions: FunctionOutcome[];
  /** Today's arrangement over the term; components as the bids' (fees = today's monthly cost). */
  baseline: { tco: number; monthlyCost: number; gross: number; nrr: number | null; components: Record<ComponentName, number> };
  /** Active (not withdrawn) bids, in the stored order; `rank` orders them. */
  bids: BidOutcome[];
  withdrawn: { id: string; label: string; vendorName: string }[];
  weightStability: { leaderId: string; intervals: WeightInterval[] } | null;
  /** Every ranged input's swing, per bid, largest first. */
  tornado: TornadoEntry[];
  uncertainty?: UncertaintyOutcome;
  /** Set when the results come from the inputs frozen at a recorded decision: when they were frozen (ISO). */
  frozenAt?: string;
}
