import { z } from "zod";
import { COMPONENT_NAMES, type ComponentName } from "@/lib/tco/bid-kernel";
import type { TcoResult as EngineResult } from "@/lib/tco/tco-result";
import { RECOMMENDATIONS } from "@/lib/scoring/decision-matrix";

const usd = (d: string) => z.number().describe(`${d}, USD`);

const PercentilesSchema = (unit: string) =>
  z.object({ p10: z.number().nullable(), p50: z.number().nullable(), p90: z.number().nullable() }).describe(`Nearest-rank P10/P50/P90 of the Monte Carlo draws (${unit}); null where undefined`);

export const BidUncertaintySchema = z.object({
  tco: PercentilesSchema("USD over the term"),
  nrr: PercentilesSchema("fraction"),
  paybackMonth: PercentilesSchema("month; null = no payback within the term"),
  probabilityLowestTco: z.number().describe("Probability (fraction) that this bid has the lowest TCO among qualified bids; ties share"),
});

const ComponentsSchema = z
  .object(Object.fromEntries(COMPONENT_NAMES.map((n) => [n, usd(`${n} over the term`)])) as Record<ComponentName, z.ZodNumber>)
  .describe("TCO by component, USD over the term");

export const BidResultSchema = z.object({
  id: z.string(),
  tco: usd("Total cost of ownership over the term"),
  components: ComponentsSchema,
  gross: usd("Expected revenue over the term, T × Σ volume × revenue per unit"),
  nrr: z.number().nullable().describe("Net revenue realization 1 − TCO / gross (fraction); null when gross is 0"),
  tcoPerUnit: z.number().nullable().describe("TCO per unit, USD; null when there are no units"),
  paybackMonth: z.number().int().nullable().describe("First month with cumulative net benefit ≥ 0; null if none within the term"),
  monthly: z.array(
    z.object({
      month: z.number().int(),
      cost: usd("Cost in the month"),
      netBenefit: usd("Baseline cost − bid cost in the month"),
      cumulativeNetBenefit: usd("Net benefit from month 1 through this month"),
    }),
  ),
  fit: z.array(z.object({ function: z.string().describe("functions[].key"), recommendation: z.enum(RECOMMENDATIONS), fit: z.boolean() })),
  uncertainty: BidUncertaintySchema.optional(),
});

export const TornadoBarSchema = z.object({
  bidId: z.string(),
  input: z.string().describe("Path of the ranged input in the request"),
  low: usd("The bid's TCO with the input at its low value"),
  high: usd("The bid's TCO with the input at its high value"),
});

/** Response of POST /api/v1/tco. */
export const TcoResultSchema = z.object({
  baseline: z.object({
    tco: usd("Baseline cost over the term"),
    monthly: z.array(z.number()).describe("Baseline cost per month, USD"),
    components: ComponentsSchema.describe("Baseline cost by component over the term, USD; fees are today's monthly cost × term"),
  }),
  bids: z.array(BidResultSchema),
  tornado: z.array(TornadoBarSchema).optional().describe("Present when any input is a range; per bid, sorted by swing"),
});
export type TcoResult = z.infer<typeof TcoResultSchema>;

// Compile-time check: the engine's result satisfies the public schema.
type Assert<T extends true> = T;
type _SchemaAcceptsResult = Assert<EngineResult extends TcoResult ? true : false>;
