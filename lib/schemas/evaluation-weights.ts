import { z } from "zod";
import { DEFAULT_CRITERION_KEYS } from "@/lib/scoring/criteria";

const weight = z
  .number({ error: "Each weight must be a number." })
  .int("Each weight must be a whole percentage.")
  .min(0, "A weight cannot be negative.")
  .max(100, "A weight cannot exceed 100 %.");

/** Saving an evaluation's criterion weights: whole percentages of every criterion that total 100, and the version edited. */
export const EvaluationWeightsInputSchema = z
  .object({
    weights: z
      .object(Object.fromEntries(DEFAULT_CRITERION_KEYS.map((key) => [key, weight])) as Record<(typeof DEFAULT_CRITERION_KEYS)[number], typeof weight>)
      .strict()
      .refine((w) => Object.values(w).reduce((sum, x) => sum + x, 0) === 100, "The weights must total 100 %.")
      .describe("MODEL.md §4 criterion weights as whole percentages"),
    version: z.number({ error: "The version you edited is required." }).int().min(1),
  })
  .strict();
export type EvaluationWeightsInput = z.infer<typeof EvaluationWeightsInputSchema>;
