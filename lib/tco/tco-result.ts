import type { ComponentName } from "@/lib/tco/bid-kernel";
import type { Recommendation } from "@/lib/scoring/decision-matrix";

/** Nearest-rank percentiles of Monte Carlo draws; null where undefined (e.g. no payback). */
export interface Percentiles {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

export interface BidUncertainty {
  /** USD over the term. */
  tco: Percentiles;
  /** Fraction. */
  nrr: Percentiles;
  /** Month 1…T; null where the percentile lands on "no payback within the term". */
  paybackMonth: Percentiles;
  /** Fraction of iterations in which this bid has the lowest TCO among qualified bids. */
  probabilityLowestTco: number;
  /** Present when asked for (MonteCarloOptions.cumulativeBands). */
  cumulativeNetBenefit?: CumulativeBand;
}

/** Nearest-rank P10/P50/P90 of cumulative net benefit against the baseline, USD, index m = month m+1. */
export interface CumulativeBand {
  p10: number[];
  p50: number[];
  p90: number[];
  /** How many iterations the band was drawn from (see BAND_VALUE_BUDGET). */
  sampleSize: number;
}

export interface MonthResult {
  month: number;
  /** USD in this month. */
  cost: number;
  /** Baseline cost − this bid's cost, USD in this month. */
  netBenefit: number;
  /** USD, months 1…month. */
  cumulativeNetBenefit: number;
}

export interface LineFit {
  /** The function key of the line. */
  function: string;
  recommendation: Recommendation;
  fit: boolean;
}

export interface BidResult {
  id: string;
  /** USD over the term. */
  tco: number;
  /** USD over the term. */
  components: Record<ComponentName, number>;
  /** Expected revenue over the term, USD: T × Σ V × A. */
  gross: number;
  /** Net revenue realization 1 − TCO / gross, fraction; null when gross is 0. */
  nrr: number | null;
  /** USD per unit; null when there are no units. */
  tcoPerUnit: number | null;
  /** First month with cumulative net benefit ≥ 0; null if none within the term. */
  paybackMonth: number | null;
  monthly: MonthResult[];
  fit: LineFit[];
  uncertainty?: BidUncertainty;
}

export interface TornadoBar {
  bidId: string;
  /** The input's path in the scenario, e.g. "bids.0.lines.1.performance.denialRate". */
  input: string;
  /** The bid's TCO (USD) with this input at its low value, every other input at its mode. */
  low: number;
  /** Same, with this input at its high value. */
  high: number;
}

export interface TcoResult {
  /** Today's arrangement: cost over the term, per month, and by component over the term (USD; fees = today's monthly cost). */
  baseline: { tco: number; monthly: number[]; components: Record<ComponentName, number> };
  bids: BidResult[];
  tornado?: TornadoBar[];
}
