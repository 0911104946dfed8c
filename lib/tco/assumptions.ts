import type { Uncertain } from "@/lib/tco/uncertain";

/** MODEL.md §5 assumption names, in the order the kernel stores them. */
export const ASSUMPTION_NAMES = [
  "reworkCostPerDenial",
  "undercodeShare",
  "undercodeLoss",
  "auditRate",
  "recoupmentMultiplier",
  "costOfCapital",
  "delayDays",
  "breachCost",
  "breachProbAtZero",
  "breachProbAtFull",
  "departureCost",
  "rampMonths",
  "claimHaircut",
] as const;
export type AssumptionName = (typeof ASSUMPTION_NAMES)[number];

export interface AssumptionDefault {
  value: number;
  unit: string;
  label: string;
  /** Publisher and year, or why the figure is a modelling choice. */
  source: string;
  /** Inclusive bounds a supplied value must respect. */
  min: number;
  max: number;
}

/**
 * MODEL.md §5 defaults with their sources ("Defaults and their sources"). The Methodology page
 * is generated from this table; replace a value only with a figure whose source you can name.
 */
export const ASSUMPTION_DEFAULTS: Record<AssumptionName, AssumptionDefault> = {
  reworkCostPerDenial: { value: 57.23, unit: "USD per denial", label: "Cost to work one denial", source: "Premier survey, 2023 data (hospitals; $43.84 for 2022)", min: 0, max: 1e6 },
  undercodeShare: { value: 0.5, unit: "fraction of coding errors", label: "Share of coding errors that lose revenue (under-coding)", source: "MODEL.md modelling assumption (symmetric error split)", min: 0, max: 1 },
  undercodeLoss: { value: 0.15, unit: "fraction of a unit's revenue", label: "Revenue lost on an under-coded unit", source: "MODEL.md modelling assumption", min: 0, max: 1 },
  auditRate: { value: 0.05, unit: "fraction per year", label: "Annual probability an over-coded unit is audited", source: "MODEL.md modelling assumption; context: CMS Medicare FFS improper payment rate 7.66 %, FY2024", min: 0, max: 1 },
  recoupmentMultiplier: { value: 1.5, unit: "× unit revenue", label: "Repayment plus penalties per audited unit", source: "MODEL.md modelling assumption; context: CMS improper payment reporting, FY2024", min: 0, max: 100 },
  costOfCapital: { value: 0.08, unit: "fraction per year", label: "Cost of capital", source: "MODEL.md modelling assumption", min: 0, max: 1 },
  delayDays: { value: 30, unit: "days", label: "Extra days to cash for a claim not paid first pass", source: "MODEL.md modelling assumption", min: 0, max: 3650 },
  breachCost: { value: 7_420_000, unit: "USD per breach", label: "Expected cost of a healthcare data breach", source: "IBM / Ponemon Cost of a Data Breach, 2025 ($9.77 M in 2024)", min: 0, max: 1e12 },
  breachProbAtZero: { value: 0.05, unit: "fraction per year", label: "Annual breach probability at compliance maturity 0", source: "MODEL.md modelling assumption", min: 0, max: 1 },
  breachProbAtFull: { value: 0.005, unit: "fraction per year", label: "Annual breach probability at compliance maturity 1", source: "MODEL.md modelling assumption", min: 0, max: 1 },
  departureCost: { value: 5000, unit: "USD per departure", label: "Buyer-side cost per vendor staff departure", source: "MODEL.md modelling assumption (re-training, errors)", min: 0, max: 1e9 },
  rampMonths: { value: 6, unit: "months", label: "Months from baseline to the bid's steady state", source: "Seed article, MedCentral case (steady state within six months)", min: 0, max: 120 },
  claimHaircut: { value: 0.25, unit: "fraction", label: "Haircut of vendor-claimed metrics toward the benchmark midpoint", source: "MODEL.md §3 default", min: 0, max: 1 },
};

export type Assumptions = Record<AssumptionName, Uncertain>;

/** Defaults overlaid with whatever the evaluation (or request) supplies. */
export function resolveAssumptions(supplied: Partial<Record<AssumptionName, Uncertain>> = {}): Assumptions {
  const out = {} as Assumptions;
  for (const name of ASSUMPTION_NAMES) out[name] = supplied[name] ?? ASSUMPTION_DEFAULTS[name].value;
  return out;
}
