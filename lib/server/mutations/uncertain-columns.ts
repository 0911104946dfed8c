import "server-only";
import type { Uncertain } from "@/lib/tco/uncertain";

/**
 * Splits numbers that may be ranges into the row's columns (the most likely value) and its
 * `ranges` JSON (the full range, keyed by column name), as the results' loader reads them back.
 */
export function splitUncertain<K extends string>(values: Record<K, Uncertain>): { columns: Record<K, number>; ranges: Record<string, Exclude<Uncertain, number>> } {
  const columns = {} as Record<K, number>;
  const ranges: Record<string, Exclude<Uncertain, number>> = {};
  for (const [key, value] of Object.entries(values) as [K, Uncertain][]) {
    if (typeof value === "number") columns[key] = value;
    else {
      columns[key] = value.mode;
      ranges[key] = value;
    }
  }
  return { columns, ranges };
}
