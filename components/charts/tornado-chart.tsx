"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TornadoRow } from "@/lib/evaluation/chart-series";
import { formatMoney, formatMoneyCompact } from "@/lib/format";
import { legendProps } from "@/components/charts/legend-props";

/** The inputs that move one bid's TCO most: the change with each input at its low and its high value. */
export default function TornadoChart({ rows }: { rows: TornadoRow[] }) {
  const height = 90 + rows.length * 44;
  return (
    <div style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" stackOffset="sign" margin={{ top: 4, right: 24, bottom: 24, left: 8 }} barCategoryGap="25%">
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" tickFormatter={(v: number) => formatMoneyCompact(v)} tick={{ fontSize: 12, fill: "#334155" }} label={{ value: "Change in TCO over the term vs the most likely case (USD)", position: "insideBottom", offset: -14, fill: "#334155", fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={340} tick={{ fontSize: 12, fill: "#0f172a" }} interval={0} />
          <ReferenceLine x={0} stroke="#0f172a" />
          <Tooltip formatter={(value, name) => [`${Number(value) >= 0 ? "+" : ""}${formatMoney(Number(value))}`, String(name)]} />
          <Legend {...legendProps(["lowDelta", "highDelta"])} />
          <Bar dataKey="lowDelta" name="Input at its low value" stackId="swing" fill="#0072B2" isAnimationActive={false} />
          <Bar dataKey="highDelta" name="Input at its high value" stackId="swing" fill="#D55E00" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
