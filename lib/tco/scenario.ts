import type { AssumptionName } from "@/lib/tco/assumptions";
import type { Uncertain } from "@/lib/tco/uncertain";
import type { HealthcareFunction } from "@/lib/scoring/healthcare-function";
import type { OperatingModel } from "@/lib/scoring/operating-model";

/** The five rates of a performance profile, all fractions; the order the kernel stores them. */
export const PERFORMANCE_RATES = ["denialRate", "reworkRate", "overturnRate", "codingAccuracy", "firstPassRate"] as const;
export type PerformanceRate = (typeof PERFORMANCE_RATES)[number];
export type PerformanceProfile = Record<PerformanceRate, Uncertain>;

/** Pricing models; the same strings as the Prisma enum PricingModel. */
export const PRICING_MODELS = ["PER_HOUR", "PER_FTE_MONTH", "PER_UNIT", "PERCENT_OF_COLLECTIONS"] as const;
export type PricingModel = (typeof PRICING_MODELS)[number];

export interface Pricing {
  model: PricingModel;
  /** USD per hour, per FTE-month or per unit; a fraction of collections for PERCENT_OF_COLLECTIONS. */
  rate: Uncertain;
  hoursPerMonth?: Uncertain;
  fte?: Uncertain;
  /** USD per month; fees = max(fees, minimum). */
  monthlyMinimum?: Uncertain;
}

export interface ScenarioFunction {
  key: string;
  function: HealthcareFunction;
  /** Units (claims, cases, calls) per month. */
  volumePerMonth: Uncertain;
  /** Expected reimbursement per unit, USD; 0 for functions that bear no revenue. */
  revenuePerUnit: Uncertain;
  baseline: PerformanceProfile & { monthlyCost: Uncertain };
}

export interface BidLine {
  /** A ScenarioFunction key. */
  function: string;
  pricing: Pricing;
  performance: PerformanceProfile;
}

export interface Bid {
  id: string;
  vendorModel: OperatingModel;
  /** USD, charged in month 1. */
  implementationFee?: Uncertain;
  /** USD per month of the buyer's own management. */
  oversightPerMonth?: Uncertain;
  /** Vendor staff on the account. */
  fte?: Uncertain;
  /** Annual staff turnover, fraction. */
  turnoverRate?: Uncertain;
  /** MODEL.md §2 maturity, fraction; absent counts 0 (highest breach risk). */
  complianceMaturity?: Uncertain;
  /** False when the PHI gate disqualifies the bid; absent means qualified. */
  qualified?: boolean;
  lines: BidLine[];
}

/** A whole TCO scenario: the buyer's functions and baseline, the assumptions and the bids. */
export interface TcoScenario {
  termMonths: number;
  assumptions?: Partial<Record<AssumptionName, Uncertain>>;
  functions: ScenarioFunction[];
  bids: Bid[];
  /** cumulativeBands: also the P10/P50/P90 band of cumulative net benefit per month (not part of the public API). */
  monteCarlo?: { iterations: number; seed: number; cumulativeBands?: boolean };
}
