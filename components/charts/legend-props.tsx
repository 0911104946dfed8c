import type { LegendPayload } from "recharts";

/** Tooltip rows in the order the chart draws its series (Recharts sorts by name by default). */
export function tooltipOrder(order: readonly string[]) {
  return (item: { dataKey?: unknown }) => {
    const index = order.indexOf(String(item.dataKey));
    return index < 0 ? order.length : index;
  };
}

/**
 * Legend settings every chart shares: items in the order the chart draws them (Recharts
 * sorts alphabetically by default) and dark text, so pale series colours stay readable.
 */
export function legendProps(order: readonly string[]) {
  return {
    itemSorter: (item: LegendPayload) => {
      const index = order.indexOf(String((item as { dataKey?: unknown }).dataKey));
      return index < 0 ? order.length : index;
    },
    formatter: (value: string) => <span style={{ color: "#0f172a" }}>{value}</span>,
    wrapperStyle: { fontSize: 12, paddingBottom: 8 },
    verticalAlign: "top" as const,
    align: "left" as const,
  };
}
