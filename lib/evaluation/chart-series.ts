import { COMPONENT_NAMES, type ComponentName } from "@/lib/tco/bid-kernel";
import type { BidOutcome, EvaluationResults, TornadoEntry, UncertaintyOutcome } from "@/lib/evaluation/evaluation-results";
import { formatMoneyCents, formatInteger, formatPercent } from "@/lib/format";

// Rows the TCO view's charts and their data tables draw, from the results. The Recharts
// components only draw; everything they show is computed (and tested) here.

/** TCO components as a CFO names them, in stacking order. */
export const COMPONENT_LABELS: Record<ComponentName, string> = {
  fees: "Vendor fees",
  reworkCost: "Denial rework",
  writeOffs: "Denial write-offs",
  leakage: "Under-coding leakage",
  auditExposure: "Audit exposure",
  delayCost: "Cash delay",
  turnoverCost: "Staff turnover",
  complianceRisk: "Compliance risk",
  oversight: "Oversight",
  implementationFee: "Implementation",
};

export type ComponentRow = { key: string; label: string; total: number } & Record<ComponentName, number>;

/** One row per bid (in rank order) and one for today's arrangement: USD over the term by component. */
export function componentRows(results: EvaluationResults): ComponentRow[] {
  const row = (key: string, label: string, components: Record<ComponentName, number>, total: number): ComponentRow => {
    const out = { key, label, total } as ComponentRow;
    for (const name of COMPONENT_NAMES) out[name] = components[name];
    return out;
  };
  return [
    ...rankOrder(results.bids).map((b) => row(b.id, b.label, b.components, b.tco)),
    row("baseline", "Today's arrangement", results.baseline.components, results.baseline.tco),
  ];
}

/** Components that are zero for every row add only noise to the legend. */
export function componentsInUse(rows: readonly ComponentRow[]): ComponentName[] {
  return COMPONENT_NAMES.filter((name) => rows.some((r) => Math.abs(r[name]) > 0.005));
}

/** Bids in rank order (qualified first, by score). */
export function rankOrder<T extends { rank: number }>(bids: readonly T[]): T[] {
  return [...bids].sort((a, b) => a.rank - b.rank);
}

export interface CumulativeRow {
  month: number;
  /** Bid id → cumulative net benefit (USD) after this month. */
  [bidId: string]: number | [number, number] | undefined;
  /** The selected bid's P10–P90 band, when the uncertainty is known. */
  band?: [number, number];
}

/** Cumulative net benefit against today's arrangement, month by month, with the selected bid's band. */
export function cumulativeRows(results: EvaluationResults, uncertainty: UncertaintyOutcome | undefined, selectedBidId: string | null): CumulativeRow[] {
  const band = selectedBidId ? uncertainty?.bids[selectedBidId]?.cumulativeNetBenefit : null;
  return Array.from({ length: results.termMonths }, (_, m) => {
    const row: CumulativeRow = { month: m + 1 };
    for (const bid of results.bids) row[bid.id] = bid.cumulativeNetBenefit[m];
    if (band && Number.isFinite(band.p10[m]) && Number.isFinite(band.p90[m])) row.band = [band.p10[m], band.p90[m]];
    return row;
  });
}

/** Where each bid's line crosses zero: its payback month and the cumulative benefit there. */
export function paybackMarkers(results: EvaluationResults): { bidId: string; month: number; value: number }[] {
  return results.bids.filter((b) => b.paybackMonth !== null).map((b) => ({ bidId: b.id, month: b.paybackMonth!, value: b.cumulativeNetBenefit[b.paybackMonth! - 1] }));
}

/** An input's value in its unit, for the tornado's labels and table. */
export function formatInputValue(value: number, unit: TornadoEntry["unit"]): string {
  switch (unit) {
    case "USD":
      return formatMoneyCents(value);
    case "fraction":
      return formatPercent(value);
    case "months":
      return `${formatInteger(value)} months`;
    case "days":
      return `${formatInteger(value)} days`;
    case "count":
      return formatInteger(value);
    default:
      return `${value}×`;
  }
}

export interface TornadoRow {
  /** "Cost to work one denial ($43.84 – $118.00)". */
  label: string;
  input: string;
  lowValue: string;
  highValue: string;
  /** Change in the bid's TCO (USD) with the input at its low / high value. */
  lowDelta: number;
  highDelta: number;
  tcoAtLow: number;
  tcoAtHigh: number;
}

/** The top drivers of one bid's TCO, largest swing first, as changes from its TCO at the modes. */
export function tornadoRows(results: EvaluationResults, bidId: string, top = 8): TornadoRow[] {
  const bid = results.bids.find((b) => b.id === bidId);
  if (!bid) return [];
  return results.tornado
    .filter((t) => t.bidId === bidId && Math.abs(t.tcoAtHigh - t.tcoAtLow) > 0)
    .slice(0, top)
    .map((t) => {
      const lowValue = formatInputValue(t.lowValue, t.unit);
      const highValue = formatInputValue(t.highValue, t.unit);
      return { label: `${t.label} (${lowValue} – ${highValue})`, input: t.input, lowValue, highValue, lowDelta: t.tcoAtLow - bid.tco, highDelta: t.tcoAtHigh - bid.tco, tcoAtLow: t.tcoAtLow, tcoAtHigh: t.tcoAtHigh };
    });
}

/** Each bid's probability of the lowest TCO among qualified bids (fraction), in rank order; empty until Monte Carlo is known. */
export function lowestTcoRows(results: EvaluationResults, uncertainty: UncertaintyOutcome | undefined): { bidId: string; label: string; probability: number; qualified: boolean }[] {
  if (!uncertainty) return [];
  return rankOrder(results.bids).map((b) => ({ bidId: b.id, label: b.label, probability: uncertainty.bids[b.id]?.probabilityLowestTco ?? 0, qualified: b.qualified }));
}

/** The bid a view shows by default: the one asked for if it exists, else the leader, else the first. */
export function selectedBid(results: EvaluationResults, requested: string | null | undefined): BidOutcome | null {
  return results.bids.find((b) => b.id === requested) ?? rankOrder(results.bids)[0] ?? null;
}
