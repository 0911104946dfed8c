import { z } from "zod";
import { percentInput } from "@/lib/schemas/percent-input";
import type { Uncertain } from "@/lib/tco/uncertain";

interface UncertainInputOptions {
  /** Typed in percent ("14" for 0.14); `base` checks the fraction. */
  percent?: boolean;
  /** False: all three left blank means "not given" (undefined). */
  required?: boolean;
  /** The message when the likely value is missing. */
  requiredMessage?: string;
}

/**
 * A number or a low–likely–high range as a form enters it (fields `low`, `mode`, `high`): the
 * likely value alone is a point, with both ends a triangular range (MODEL.md §5). Returns the
 * API's shape, a number or { low, mode, high }, so forms and the API share one mutation.
 */
export function uncertainInput(base: z.ZodNumber, { percent = false, required = true, requiredMessage = "Enter a value." }: UncertainInputOptions = {}) {
  const part = percent ? percentInput(base.optional()) : base.optional();
  return z
    .object({ low: part, mode: part, high: part })
    .optional()
    .superRefine((value, ctx) => {
      const { low, mode, high } = (value ?? {}) as { low?: number; mode?: number; high?: number };
      if (mode === undefined) {
        if (required || low !== undefined || high !== undefined) ctx.addIssue({ code: "custom", path: ["mode"], message: requiredMessage });
        return;
      }
      if ((low === undefined) !== (high === undefined)) {
        ctx.addIssue({ code: "custom", path: [low === undefined ? "low" : "high"], message: "Enter both ends of the range, or neither for a single value." });
      }
      if (low !== undefined && low > mode) ctx.addIssue({ code: "custom", path: ["low"], message: "The low end cannot exceed the likely value." });
      if (high !== undefined && high < mode) ctx.addIssue({ code: "custom", path: ["high"], message: "The high end cannot be below the likely value." });
    })
    .transform((value): Uncertain | undefined => {
      const { low, mode, high } = (value ?? {}) as { low?: number; mode?: number; high?: number };
      if (mode === undefined) return undefined;
      return low === undefined || high === undefined ? mode : { low, mode, high };
    });
}
