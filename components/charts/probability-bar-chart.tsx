"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { legendProps } from "@/components/charts/legend-props";
import { formatPercent } from "@/lib/format";

interface Row {
  label: string;
  probability: number;
  color: string;
}

/** Probabilities (fractions) as horizontal bars with their percentage, 0–100 %. */
export default function ProbabilityBarChart({ rows, axisLabel }: { rows: Row[]; axisLabel: string }) {
  const height = 100 + rows.length * 40;
  return (
    <div style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 56, bottom: 24, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={(v: number) => formatPercent(v)} tick={{ fontSize: 12, fill: "#334155" }} label={{ value: axisLabel, position: "insideBottom", offset: -14, fill: "#334155", fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12, fill: "#0f172a" }} interval={0} />
          <Tooltip formatter={(value) => [formatPercent(Number(value)), axisLabel]} />
          <Legend {...legendProps(["probability"])} />
          <Bar dataKey="probability" name={`${axisLabel} (each bid in its own colour)`} fill="#64748b" isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.label} fill={row.color} />
            ))}
            <LabelList dataKey="probability" position="right" formatter={(v) => formatPercent(Number(v))} style={{ fontSize: 12, fill: "#0f172a" }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
