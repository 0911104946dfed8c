import { percentInputFromFraction } from "@/lib/format";
import type { Uncertain } from "@/lib/tco/uncertain";

/** What an uncertain field shows first: { low, mode, high } as text, in percent when `percent`. */
export interface UncertainText {
  low: string;
  mode: string;
  high: string;
}

const text = (value: number, percent: boolean) => (percent ? percentInputFromFraction(value) : String(value));

export function uncertainText(value: Uncertain | null | undefined, percent = false): UncertainText {
  if (value === null || value === undefined) return { low: "", mode: "", high: "" };
  if (typeof value === "number") return { low: "", mode: text(value, percent), high: "" };
  return { low: text(value.low, percent), mode: text(value.mode, percent), high: text(value.high, percent) };
}
