"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CumulativeRow } from "@/lib/evaluation/chart-series";
import { formatMoney, formatMoneyCompact } from "@/lib/format";
import { legendProps, tooltipOrder } from "@/components/charts/legend-props";

export interface SeriesStyle {
  id: string;
  label: string;
  color: string;
  dash: string;
}

interface Props {
  rows: CumulativeRow[];
  series: SeriesStyle[];
  markers: { bidId: string; month: number; value: number }[];
  /** The bid whose P10–P90 band is drawn (when the rows carry one). */
  bandBid: SeriesStyle | null;
}

/** Cumulative net benefit against today's arrangement, month by month, payback months marked. */
export default function CumulativeBenefitChart({ rows, series, markers, bandBid }: Props) {
  const hasBand = bandBid !== null && rows.some((r) => r.band);
  return (
    <div style={{ height: 380 }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 24, bottom: 24, left: 16 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="month" type="number" domain={[1, rows.length]} tickCount={Math.min(rows.length, 13)} allowDecimals={false} tick={{ fontSize: 12, fill: "#334155" }} label={{ value: "Month of the contract", position: "insideBottom", offset: -14, fill: "#334155", fontSize: 12 }} />
          <YAxis tickFormatter={(v: number) => formatMoneyCompact(v)} width={76} tick={{ fontSize: 12, fill: "#334155" }} label={{ value: "Cumulative net benefit vs today (USD)", angle: -90, position: "insideLeft", offset: 0, dy: 110, fill: "#334155", fontSize: 12 }} />
          <ReferenceLine y={0} stroke="#64748b" strokeDasharray="4 4" />
          <Tooltip
            itemSorter={tooltipOrder(["band", ...series.map((s) => s.id)])}
            labelFormatter={(month) => `Month ${month}`}
            formatter={(value, name) => (Array.isArray(value) ? [`${formatMoney(value[0])} to ${formatMoney(value[1])}`, String(name)] : [formatMoney(Number(value)), String(name)])}
          />
          <Legend {...legendProps(["band", ...series.map((s) => s.id)])} />
          {hasBand && <Area dataKey="band" name={`${bandBid.label}: P10–P90`} stroke="none" fill={bandBid.color} fillOpacity={0.22} isAnimationActive={false} />}
          {series.map((s) => (
            <Line key={s.id} dataKey={s.id} name={s.label} stroke={s.color} strokeDasharray={s.dash} strokeWidth={2.25} dot={false} isAnimationActive={false} />
          ))}
          {markers.map((m) => {
            const s = series.find((x) => x.id === m.bidId);
            return s ? <ReferenceDot key={m.bidId} x={m.month} y={m.value} r={6} fill={s.color} stroke="#fff" strokeWidth={2} label={{ value: `M${m.month}`, position: "top", fontSize: 11, fill: s.color, fontWeight: 700 }} /> : null;
          })}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
