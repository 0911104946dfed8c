"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ComponentName } from "@/lib/tco/bid-kernel";
import { COMPONENT_LABELS, type ComponentRow } from "@/lib/evaluation/chart-series";
import { formatMoney, formatMoneyCompact } from "@/lib/format";
import { COMPONENT_COLORS } from "@/components/charts/chart-palette";
import { legendProps, tooltipOrder } from "@/components/charts/legend-props";

/** TCO over the term by component, one stacked horizontal bar per bid and one for today. */
export default function TcoComponentsChart({ rows, components }: { rows: ComponentRow[]; components: ComponentName[] }) {
  const height = 90 + rows.length * 52;
  return (
    <div style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 24, left: 8 }} barCategoryGap="22%">
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis
            type="number"
            tickFormatter={(v: number) => formatMoneyCompact(v)}
            label={{ value: "Total cost of ownership over the term (USD)", position: "insideBottom", offset: -14, fill: "#334155", fontSize: 12 }}
            tick={{ fontSize: 12, fill: "#334155" }}
          />
          <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12, fill: "#0f172a" }} interval={0} />
          <Tooltip itemSorter={tooltipOrder(components)} formatter={(value, name) => [formatMoney(Number(value)), String(name)]} labelStyle={{ fontWeight: 600 }} />
          <Legend {...legendProps(components)} />
          {components.map((name) => (
            <Bar key={name} dataKey={name} name={COMPONENT_LABELS[name]} stackId="tco" fill={COMPONENT_COLORS[name]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
