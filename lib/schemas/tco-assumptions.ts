import { z } from "zod";
import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES, type AssumptionName } from "@/lib/tco/assumptions";
import { uncertain } from "@/lib/schemas/range";

function assumptionField(name: AssumptionName) {
  const d = ASSUMPTION_DEFAULTS[name];
  const base = z
    .number({ error: "Expected a number" })
    .min(d.min, `Must be at least ${d.min}`)
    .max(d.max, `Must be at most ${d.max.toLocaleString("en-US")} (${d.unit})`);
  return uncertain(base, `${d.label} (${d.unit}); default ${d.value} — ${d.source}`).optional();
}

/** MODEL.md §5 assumptions by name; any left out take ASSUMPTION_DEFAULTS. Unknown names are refused. */
export const TcoAssumptionsSchema = z
  .object(Object.fromEntries(ASSUMPTION_NAMES.map((n) => [n, assumptionField(n)])) as Record<AssumptionName, ReturnType<typeof assumptionField>>)
  .strict()
  .describe("Evaluation assumptions (MODEL.md §5); omitted ones use the documented defaults");
export type TcoAssumptions = z.infer<typeof TcoAssumptionsSchema>;
