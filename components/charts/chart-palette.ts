import type { ComponentName } from "@/lib/tco/bid-kernel";

// Colours chosen to stay apart for common colour-vision deficiencies and in greyscale print
// (Okabe–Ito based for series; components grouped warm = quality losses, cool = what is paid).

/** One colour per bid, by its position in rank order. */
export const SERIES_COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"] as const;

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length];
}

/** Dash patterns that tell lines apart without colour (print, colour blindness). */
export const SERIES_DASHES = ["", "6 3", "2 2", "8 3 2 3", "1 3", "10 4"] as const;

export function seriesDash(index: number): string {
  return SERIES_DASHES[index % SERIES_DASHES.length];
}

export const COMPONENT_COLORS: Record<ComponentName, string> = {
  fees: "#1e3a8a",
  implementationFee: "#3b82f6",
  oversight: "#93c5fd",
  reworkCost: "#fbbf24",
  writeOffs: "#b91c1c",
  leakage: "#f97316",
  auditExposure: "#7c2d12",
  delayCost: "#fde68a",
  turnoverCost: "#7e22ce",
  complianceRisk: "#c084fc",
};
