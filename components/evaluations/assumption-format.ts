import { formatPercent } from "@/lib/format";
import { ASSUMPTION_DEFAULTS, type AssumptionName } from "@/lib/tco/assumptions";
import type { Uncertain } from "@/lib/tco/uncertain";
import { isFractionAssumption } from "@/lib/schemas/evaluation-form";

const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

/** An assumption's value in its unit: "14.0%", "57.23 USD per denial", or a range "40 – 57.23 – 118 USD per denial". */
export function formatUncertainAssumption(name: AssumptionName, value: Uncertain): string {
  const percent = isFractionAssumption(name);
  const one = (n: number) => (percent ? formatPercent(n) : plain.format(n));
  const unit = percent ? "" : ` ${ASSUMPTION_DEFAULTS[name].unit}`;
  return typeof value === "number" ? `${one(value)}${unit}` : `${one(value.low)} – ${one(value.mode)} – ${one(value.high)}${unit}`;
}
