import { z } from "zod";

/** Bounds of ?monteCarlo=N on an evaluation's results: enough for stable P10/P90, bounded work per request. */
export const RESULTS_MONTE_CARLO = { min: 100, max: 50_000, default: 10_000 } as const;

const iterationsMessage = `Monte Carlo iterations must be a whole number from ${RESULTS_MONTE_CARLO.min} to ${RESULTS_MONTE_CARLO.max.toLocaleString("en-US")}.`;

/** Query of GET /api/v1/evaluations/{id}/results. */
export const EvaluationResultsQuerySchema = z.object({
  monteCarlo: z
    .string()
    .regex(/^\d+$/, iterationsMessage)
    .transform(Number)
    .pipe(z.number().int().min(RESULTS_MONTE_CARLO.min, iterationsMessage).max(RESULTS_MONTE_CARLO.max, iterationsMessage))
    .optional()
    .describe("Adds the uncertainty block: Monte Carlo iterations with the evaluation's stored seed"),
});
export type EvaluationResultsQuery = z.infer<typeof EvaluationResultsQuerySchema>;
