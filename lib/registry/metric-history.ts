import { benchmarkMidpoint, DEFAULT_CRITERIA } from "@/lib/scoring/criteria";
import { DEFAULT_CLAIM_HAIRCUT, METRIC_SOURCES, selectMetricValue, type MetricKey, type MetricSource } from "@/lib/scoring/metric-evidence";
import { MEASUREMENT_BASIS_LABELS, METRIC_DEFINITIONS, type MeasurementBasis } from "@/lib/scoring/metric-definitions";
import { formatCode, formatDate, formatPercent, formatWholePercent } from "@/lib/format";

// What a vendor page's metric history chart and its table show, from the stored observations.
// The Recharts component only draws; everything it shows is computed (and tested) here.

export interface HistoryObservation {
  id: string;
  metric: MetricKey;
  /** Fraction. */
  value: number;
  asOf: Date;
  source: MetricSource;
  measurementBasis: MeasurementBasis | null;
}

export interface HistoryPoint {
  id: string;
  /** asOf as epoch milliseconds (UTC midnight), the chart's x. */
  t: number;
  /** Percent (96.8 for 0.968), the chart's y. */
  percent: number;
}

export interface SourceSeries {
  source: MetricSource;
  label: string;
  points: HistoryPoint[];
}

export interface UsedValue {
  /** Percent after any haircut. */
  percent: number;
  /** The observation's own value, percent. */
  observedPercent: number;
  t: number;
  observationId: string;
  haircutApplied: boolean;
  /** "96.8% — audited, Aug 29, 2026" or "claimed 99.0%, used 96.6% after the 25% claim haircut". */
  reason: string;
}

export interface HistoryRow {
  id: string;
  asOf: Date;
  percentText: string;
  sourceLabel: string;
  basisLabel: string;
  used: boolean;
}

export interface MetricHistoryView {
  metric: MetricKey;
  title: string;
  /** The benchmark range of MODEL.md §4 in percent, when a criterion scales this metric. */
  band: { floor: number; ceiling: number; label: string } | null;
  /** One series per source present, most trustworthy first. */
  series: SourceSeries[];
  used: UsedValue | null;
  /** y-axis range in percent, covering the points, the band and the used value, on tick steps. */
  yDomain: [number, number];
  /** Round y ticks (percent) across yDomain. */
  yTicks: number[];
  /** Which way is better: the band's label goes where points are less likely to be. */
  direction: "higher" | "lower";
  /** x-axis range (epoch ms), padded so end points do not sit on the axis. */
  xDomain: [number, number];
  /** Newest first, for the data table. */
  rows: HistoryRow[];
  /** The bases the vendor declared for these figures, e.g. "Claim level (…)". */
  bases: string[];
}

const toPercent = (fraction: number) => Number((fraction * 100).toPrecision(12));
const DAY_MS = 86_400_000;

/** The chart and table of one metric's history, the used value marked with its reason (MODEL.md §3). */
export function metricHistoryView(metric: MetricKey, observations: readonly HistoryObservation[], haircut = DEFAULT_CLAIM_HAIRCUT): MetricHistoryView {
  const own = observations.filter((o) => o.metric === metric);
  const criterion = DEFAULT_CRITERIA.find((c) => c.metric === metric);
  const scale = criterion?.scale.kind === "benchmark" ? criterion.scale : null;
  const selected = selectMetricValue(own, { haircut, midpoint: criterion ? benchmarkMidpoint(criterion) : null, direction: criterion?.direction });
  const usedObservation = selected ? own.find((o) => o.source === selected.source && o.asOf.getTime() === selected.asOf.getTime() && o.value === selected.observedValue) : undefined;

  const series = [...METRIC_SOURCES]
    .reverse()
    .map((source) => ({
      source,
      label: formatCode(source),
      points: own
        .filter((o) => o.source === source)
        .sort((a, b) => a.asOf.getTime() - b.asOf.getTime())
        .map((o) => ({ id: o.id, t: o.asOf.getTime(), percent: toPercent(o.value) })),
    }))
    .filter((s) => s.points.length > 0);

  const used: UsedValue | null =
    selected && usedObservation
      ? {
          percent: toPercent(selected.value),
          observedPercent: toPercent(selected.observedValue),
          t: selected.asOf.getTime(),
          observationId: usedObservation.id,
          haircutApplied: selected.haircutApplied,
          reason: selected.haircutApplied
            ? `claimed ${formatPercent(selected.observedValue)}, used ${formatPercent(selected.value)} after the ${formatWholePercent(haircut)} claim haircut`
            : `${formatPercent(selected.value)} — ${formatCode(selected.source).toLowerCase()}, ${formatDate(selected.asOf)}`,
        }
      : null;

  const band = scale ? { floor: toPercent(scale.floor), ceiling: toPercent(scale.ceiling), label: `Benchmark range ${formatWholePercent(scale.floor)}–${formatWholePercent(scale.ceiling)}` } : null;
  const ys = [...own.map((o) => toPercent(o.value)), ...(band ? [band.floor, band.ceiling] : []), ...(used ? [used.percent] : [])];
  const ts = own.map((o) => o.asOf.getTime());
  const { domain: yDomain, ticks: yTicks } = niceAxis(ys);
  return {
    metric,
    title: METRIC_DEFINITIONS[metric].label,
    band,
    series,
    used,
    yDomain,
    yTicks,
    direction: METRIC_DEFINITIONS[metric].direction,
    xDomain: ts.length === 0 ? [0, 1] : [Math.min(...ts) - 15 * DAY_MS, Math.max(...ts) + 15 * DAY_MS],
    rows: [...own]
      .sort((a, b) => b.asOf.getTime() - a.asOf.getTime() || METRIC_SOURCES.indexOf(b.source) - METRIC_SOURCES.indexOf(a.source))
      .map((o) => ({
        id: o.id,
        asOf: o.asOf,
        percentText: formatPercent(o.value),
        sourceLabel: formatCode(o.source),
        basisLabel: o.measurementBasis ? MEASUREMENT_BASIS_LABELS[o.measurementBasis] : "Not stated",
        used: o.id === usedObservation?.id,
      })),
    bases: [...new Set(own.flatMap((o) => (o.measurementBasis ? [MEASUREMENT_BASIS_LABELS[o.measurementBasis]] : [])))],
  };
}

const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50];

/** An axis over the values (percent) on round steps, at most 7 ticks, never below 0. */
export function niceAxis(values: number[]): { domain: [number, number]; ticks: number[] } {
  if (values.length === 0) return { domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] };
  const low = Math.min(...values);
  const high = Math.max(...values);
  for (const step of TICK_STEPS) {
    const from = Math.max(0, Math.floor(low / step) * step - (low % step === 0 && low > 0 ? step : 0));
    const to = Math.ceil(high / step) * step + (high % step === 0 ? step : 0);
    const count = Math.round((to - from) / step) + 1;
    if (count <= 7) return { domain: [from, to], ticks: Array.from({ length: count }, (_, i) => from + i * step) };
  }
  const step = 100;
  const to = Math.ceil(high / step) * step;
  return { domain: [0, to], ticks: Array.from({ length: to / step + 1 }, (_, i) => i * step) };
}
