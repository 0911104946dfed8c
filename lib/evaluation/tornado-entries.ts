import { DECISION_MATRIX_FACTORS } from "@/lib/scoring/healthcare-function";
import { ASSUMPTION_DEFAULTS, type AssumptionName } from "@/lib/tco/assumptions";
import { compileScenario } from "@/lib/tco/compile-scenario";
import type { PerformanceRate } from "@/lib/tco/scenario";
import type { TornadoBar } from "@/lib/tco/tco-result";
import type { AssembledEvaluation } from "@/lib/evaluation/assemble-evaluation";
import { RATE_LABELS } from "@/lib/evaluation/bid-notes";
import type { TornadoEntry } from "@/lib/evaluation/evaluation-results";

type Unit = TornadoEntry["unit"];

function assumptionUnit(name: AssumptionName): Unit {
  const unit = ASSUMPTION_DEFAULTS[name].unit;
  if (unit.startsWith("USD")) return "USD";
  if (unit.startsWith("fraction")) return "fraction";
  if (unit === "months") return "months";
  if (unit === "days") return "days";
  return "multiple";
}

const BID_FIELDS: Record<string, { label: string; unit: Unit }> = {
  implementationFee: { label: "implementation fee", unit: "USD" },
  oversightPerMonth: { label: "oversight per month", unit: "USD" },
  fte: { label: "FTE on the account", unit: "count" },
  turnoverRate: { label: "staff turnover", unit: "fraction" },
  complianceMaturity: { label: "compliance maturity", unit: "fraction" },
};

const PRICING_FIELDS: Record<string, { label: string; unit: Unit }> = {
  rate: { label: "price", unit: "USD" },
  hoursPerMonth: { label: "hours per month", unit: "count" },
  fte: { label: "priced FTE", unit: "count" },
  monthlyMinimum: { label: "monthly minimum", unit: "USD" },
};

/** A ranged input's name for people and its unit, from its path in the scenario. */
export function describeInput(assembled: AssembledEvaluation, path: string): { label: string; unit: Unit } {
  const parts = path.split(".");
  const functionLabel = (key: string) => DECISION_MATRIX_FACTORS[assembled.scenario.functions.find((f) => f.key === key)!.function].label;
  if (parts[0] === "assumptions") {
    const name = parts[1] as AssumptionName;
    return { label: ASSUMPTION_DEFAULTS[name].label, unit: assumptionUnit(name) };
  }
  if (parts[0] === "functions") {
    const fn = functionLabel(assembled.scenario.functions[Number(parts[1])].key);
    if (parts[2] === "volumePerMonth") return { label: `${fn} · volume per month`, unit: "count" };
    if (parts[2] === "revenuePerUnit") return { label: `${fn} · revenue per unit`, unit: "USD" };
    if (parts[3] === "monthlyCost") return { label: `${fn} · today's monthly cost`, unit: "USD" };
    return { label: `${fn} · today's ${RATE_LABELS[parts[3] as PerformanceRate]}`, unit: "fraction" };
  }
  const bid = assembled.scenario.bids[Number(parts[1])];
  if (parts[2] !== "lines") return BID_FIELDS[parts[2]] ? { label: `Bid ${BID_FIELDS[parts[2]].label}`, unit: BID_FIELDS[parts[2]].unit } : { label: path, unit: "multiple" };
  const line = bid.lines[Number(parts[3])];
  const fn = functionLabel(line.function);
  if (parts[4] === "performance") return { label: `${fn} · ${RATE_LABELS[parts[5] as PerformanceRate]}`, unit: "fraction" };
  const field = PRICING_FIELDS[parts[5]];
  if (parts[5] === "rate" && line.pricing.model === "PERCENT_OF_COLLECTIONS") return { label: `${fn} · share of collections`, unit: "fraction" };
  return { label: `${fn} · ${field?.label ?? parts[5]}`, unit: field?.unit ?? "multiple" };
}

/** The engine's tornado bars with each input's name, unit and its low and high values. */
export function tornadoEntries(assembled: AssembledEvaluation, bars: readonly TornadoBar[]): TornadoEntry[] {
  if (bars.length === 0) return [];
  const ranges = new Map(compileScenario(assembled.scenario).ranges.map((r) => [r.path, r]));
  return bars.map((bar) => {
    const range = ranges.get(bar.input)!;
    const { label, unit } = describeInput(assembled, bar.input);
    return { bidId: bar.bidId, input: bar.input, label, unit, lowValue: range.low, highValue: range.high, tcoAtLow: bar.low, tcoAtHigh: bar.high };
  });
}
