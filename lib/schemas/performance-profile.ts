import { z } from "zod";
import { fraction, uncertain } from "@/lib/schemas/range";

/** MODEL.md §5 performance profile: five rates, each a fraction or a range of fractions. */
export const PerformanceProfileSchema = z
  .object({
    denialRate: uncertain(fraction(), "Initial denial rate: initial denials ÷ claims submitted (fraction)"),
    reworkRate: uncertain(fraction(), "Share of denials that are worked (fraction)"),
    overturnRate: uncertain(fraction(), "Share of worked denials recovered (fraction)"),
    codingAccuracy: uncertain(fraction(), "Coding accuracy (fraction)"),
    firstPassRate: uncertain(fraction(), "First-pass payment rate (fraction)"),
  })
  .strict()
  .describe("Performance profile; rates are fractions (0.14 = 14 %)");
export type PerformanceProfile = z.infer<typeof PerformanceProfileSchema>;
