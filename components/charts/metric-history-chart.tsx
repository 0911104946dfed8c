"use client";

import { CartesianGrid, ComposedChart, Legend, ReferenceArea, ReferenceDot, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import type { MetricHistoryView } from "@/lib/registry/metric-history";
import type { MetricSource } from "@/lib/scoring/metric-evidence";
import { legendProps } from "@/components/charts/legend-props";

// Shape and colour both tell sources apart (colour-vision deficiencies, greyscale print);
// Okabe–Ito colours as in chart-palette.ts.
export const SOURCE_STYLES: Record<MetricSource, { color: string; shape: "square" | "circle" | "triangle" | "diamond" }> = {
  AUDITED: { color: "#0072B2", shape: "square" },
  CLIENT_MEASURED: { color: "#009E73", shape: "circle" },
  REFERENCE_CHECK: { color: "#E69F00", shape: "triangle" },
  VENDOR_CLAIMED: { color: "#D55E00", shape: "diamond" },
};

const monthYear = new Intl.DateTimeFormat("en-US", { month: "short", year: "2-digit", timeZone: "UTC" });
const fullDate = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

/** One metric's observations over time, by source, with the benchmark range shaded and the used value ringed. */
export default function MetricHistoryChart({ view }: { view: MetricHistoryView }) {
  const order = view.series.map((s) => s.source);
  return (
    <div style={{ height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 8, right: 16, bottom: 22, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={view.xDomain}
            tickFormatter={(t: number) => monthYear.format(t)}
            tick={{ fontSize: 11, fill: "#334155" }}
            label={{ value: "As of (date)", position: "insideBottom", offset: -12, fill: "#334155", fontSize: 12 }}
          />
          <YAxis
            type="number"
            domain={view.yDomain}
            ticks={view.yTicks}
            allowDataOverflow
            tickFormatter={(v: number) => `${v}%`}
            width={56}
            tick={{ fontSize: 11, fill: "#334155" }}
            label={{ value: "Value (%)", angle: -90, position: "insideLeft", offset: 4, dy: 30, fill: "#334155", fontSize: 12 }}
          />
          {view.band && (
            <ReferenceArea y1={view.band.floor} y2={view.band.ceiling} fill="#94a3b8" fillOpacity={0.15} stroke="#94a3b8" strokeDasharray="3 3" label={{ value: view.band.label, position: view.direction === "higher" ? "insideBottomLeft" : "insideTopLeft", fontSize: 11, fill: "#475569" }} />
          )}
          <Tooltip
            labelFormatter={(t) => fullDate.format(Number(t))}
            formatter={(value, name) => [`${Number(value).toFixed(1)}%`, String(name)]}
            cursor={{ strokeDasharray: "3 3" }}
          />
          <Legend {...legendProps(order)} />
          {view.series.map((s) => (
            <Scatter
              key={s.source}
              data={s.points}
              dataKey="percent"
              name={s.label}
              fill={SOURCE_STYLES[s.source].color}
              shape={SOURCE_STYLES[s.source].shape}
              line={{ stroke: SOURCE_STYLES[s.source].color, strokeWidth: 1, strokeOpacity: 0.6 }}
              isAnimationActive={false}
            />
          ))}
          {view.used && (
            <ReferenceDot
              x={view.used.t}
              y={view.used.percent}
              r={9}
              fill="none"
              stroke="#0f172a"
              strokeWidth={2}
              strokeDasharray={view.used.haircutApplied ? "3 2" : undefined}
              label={{ value: `Used ${view.used.percent.toFixed(1)}%`, position: "top", fontSize: 11, fill: "#0f172a", fontWeight: 700 }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
