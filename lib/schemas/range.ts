import { z } from "zod";

/**
 * A triangular range { low, mode, high } on the same scale as `base` (MODEL.md §5
 * "Uncertainty"); low ≤ mode ≤ high. Deterministic results use the mode.
 */
export function rangeOf(base: z.ZodNumber) {
  return z
    .object({ low: base, mode: base, high: base })
    .strict()
    .refine((r) => r.low <= r.mode && r.mode <= r.high, { message: "A range needs low ≤ mode ≤ high" });
}

/** The generic range, for documentation; fields use rangeOf / uncertain with their own bounds. */
export const RangeSchema = rangeOf(z.number()).describe("Triangular range { low, mode, high }, low ≤ mode ≤ high, in the unit of the field it replaces");
export type Range = z.infer<typeof RangeSchema>;

/** A number on `base`'s scale or a range of such numbers; errors name the part that is wrong. */
export function uncertain(base: z.ZodNumber, description: string) {
  return z
    .union([base, rangeOf(base)], {
      error: (issue) => {
        const input = issue.input;
        if (input === undefined) return "Required: a number or a { low, mode, high } range";
        const branch = typeof input === "number" ? 0 : typeof input === "object" && input !== null && !Array.isArray(input) ? 1 : -1;
        if (branch < 0) return "Expected a number or a { low, mode, high } range";
        const first = (issue as { errors?: { path?: PropertyKey[]; message: string }[][] }).errors?.[branch]?.[0];
        return first ? `${first.path?.length ? `${first.path.map(String).join(".")}: ` : ""}${first.message}` : undefined;
      },
    })
    .describe(`${description}; a number or a { low, mode, high } range`);
}

/** A fraction in [0, 1]. */
export function fraction() {
  return z.number({ error: "Expected a number" }).min(0, "Must be at least 0 (a fraction)").max(1, "Must be at most 1 (a fraction: 0.14 means 14 %)");
}

/** A non-negative finite number up to `max` (guards the model against overflow to Infinity). */
export function nonNegative(max: number) {
  return z.number({ error: "Expected a number" }).min(0, "Must be at least 0").max(max, `Must be at most ${max.toLocaleString("en-US")}`);
}
