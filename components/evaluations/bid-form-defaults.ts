import { uncertainText, type UncertainText } from "@/components/evaluations/uncertain-defaults";
import { percentInputFromFraction } from "@/lib/format";
import { PERFORMANCE_RATES, type PerformanceRate } from "@/lib/tco/scenario";
import type { Uncertain } from "@/lib/tco/uncertain";

export interface BidLineDefaults {
  function: string;
  covered: string;
  pricingModel: string;
  rate: UncertainText;
  hoursPerMonth: UncertainText;
  fte: UncertainText;
  monthlyMinimum: UncertainText;
  commitments: Record<PerformanceRate, UncertainText>;
}

export interface BidFormDefaults {
  version?: string;
  vendorId: string;
  label: string;
  status: string;
  implementationFee: string;
  oversightPerMonth: string;
  fte: string;
  turnoverRate: string;
  notes: string;
  lines: BidLineDefaults[];
}

/** A bid in the API's shape (lib/server/api/evaluation-json bidJson). */
export interface BidShape {
  vendorId: string;
  label: string;
  status: string;
  implementationFee: number;
  oversightPerMonth: number;
  fte: number | null;
  turnoverRate: number | null;
  notes: string;
  version: number;
  lines: {
    function: string;
    pricing: { model: string; rate: Uncertain | null; hoursPerMonth?: Uncertain | null; fte?: Uncertain | null; monthlyMinimum?: Uncertain | null };
    commitments: Record<string, Uncertain | null>;
  }[];
}

const blankCommitments = () => Object.fromEntries(PERFORMANCE_RATES.map((rate) => [rate, uncertainText(null)])) as Record<PerformanceRate, UncertainText>;

/** The form's lines: one per function in scope, ticked where the bid has a line (all ticked for a new bid). */
export function bidFormDefaults(functions: { function: string }[], bid?: BidShape): BidFormDefaults {
  const lines = functions.map((fn): BidLineDefaults => {
    const line = bid?.lines.find((l) => l.function === fn.function);
    if (!line) return { function: fn.function, covered: bid ? "" : "on", pricingModel: "PER_UNIT", rate: uncertainText(null), hoursPerMonth: uncertainText(null), fte: uncertainText(null), monthlyMinimum: uncertainText(null), commitments: blankCommitments() };
    const percentRate = line.pricing.model === "PERCENT_OF_COLLECTIONS";
    return {
      function: fn.function,
      covered: "on",
      pricingModel: line.pricing.model,
      // Ranges stay ranges: an API-entered range edited here must not collapse to its mode.
      rate: uncertainText(line.pricing.rate, percentRate),
      hoursPerMonth: uncertainText(line.pricing.hoursPerMonth),
      fte: uncertainText(line.pricing.fte),
      monthlyMinimum: uncertainText(line.pricing.monthlyMinimum),
      commitments: Object.fromEntries(PERFORMANCE_RATES.map((rate) => [rate, uncertainText(line.commitments[rate], true)])) as Record<PerformanceRate, UncertainText>,
    };
  });
  return {
    ...(bid ? { version: String(bid.version) } : {}),
    vendorId: bid?.vendorId ?? "",
    label: bid?.label ?? "",
    status: bid?.status ?? "SUBMITTED",
    implementationFee: bid ? String(bid.implementationFee) : "0",
    oversightPerMonth: bid ? String(bid.oversightPerMonth) : "0",
    fte: bid?.fte === null || bid?.fte === undefined ? "" : String(bid.fte),
    turnoverRate: percentInputFromFraction(bid?.turnoverRate ?? null),
    notes: bid?.notes ?? "",
    lines,
  };
}
