import type { PerformanceRate } from "@/lib/tco/scenario";

/**
 * What a newly picked function's baseline starts with where MODEL.md ("Defaults and their
 * sources") names a figure; the hospital replaces them with its own. Fractions.
 */
export const NEW_FUNCTION_BASELINE: Partial<Record<PerformanceRate, number>> = {
  /** Initial denial rate, hospitals, 2024: 11.81 % (Kodiak Solutions, 2025). */
  denialRate: 0.118,
  /** Share of denials worked: about 65 % never are (Change Healthcare, second-hand; weak). */
  reworkRate: 0.35,
  /** Appealed denials overturned: 54.3 % (Premier, 2024). */
  overturnRate: 0.54,
};
