import { z } from "zod";
import { fractionFromPercentInput } from "@/lib/format";

/**
 * A fraction field as a form takes it: people type "27.5" (percent), the schema behind it
 * checks and returns the fraction 0.275. Numbers (the API, the server re-parse of a typed
 * value) pass through unchanged, so the fraction schema stays the one source of the rules.
 */
export function percentInput<T extends z.ZodType>(fractionSchema: T) {
  return z.preprocess((value) => (typeof value === "string" ? fractionFromPercentInput(value) : value), fractionSchema);
}
