import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenario } from "@/lib/tco/compile-scenario";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import type { TcoScenario } from "@/lib/tco/scenario";
import { tornado } from "@/lib/tco/tornado";
import type { Range } from "@/lib/tco/uncertain";
import { atModes, realisticScenario } from "@/tests/pure-core/tco-scenario-arbitraries";

/** Every ranged input of the scenario by its path ("bids.0.lines.1.pricing.rate"). */
function rangedPaths(value: unknown, path: string[] = []): { path: string; range: Range }[] {
  if (value === null || typeof value !== "object") return [];
  const v = value as Record<string, unknown>;
  if ("low" in v && "mode" in v && "high" in v) return (v.high as number) > (v.low as number) ? [{ path: path.join("."), range: v as unknown as Range }] : [];
  return Object.entries(v).flatMap(([k, child]) => rangedPaths(child, [...path, k]));
}

/** The scenario at its modes, with the input at `path` set to `value`. */
function withInput(s: TcoScenario, path: string, value: number): TcoScenario {
  const copy = atModes(s);
  const keys = path.split(".");
  let node = copy as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy;
}

describe("tornado", () => {
  it("property: for each bid, one bar per shared or own ranged input, its TCO at that input's low and high (others at mode), largest swing first", () => {
    fc.assert(
      fc.property(realisticScenario, (s) => {
        const bars = tornado(compileScenario(s));
        const ranged = rangedPaths({ assumptions: s.assumptions, functions: s.functions, bids: s.bids });
        let at = 0;
        s.bids.forEach((bid, b) => {
          const mine = ranged.filter((r) => !r.path.startsWith("bids.") || r.path.startsWith(`bids.${b}.`));
          const group = bars.slice(at, at + mine.length);
          at += mine.length;
          expect(group.map((g) => g.bidId)).toEqual(mine.map(() => bid.id));
          expect(group.map((g) => g.input).sort()).toEqual(mine.map((r) => r.path).sort());
          for (const bar of group) {
            const { range } = mine.find((r) => r.path === bar.input)!;
            const low = runTcoScenario(withInput(s, bar.input, range.low)).bids[b].tco;
            const high = runTcoScenario(withInput(s, bar.input, range.high)).bids[b].tco;
            expect(Math.abs(bar.low - low)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(low)));
            expect(Math.abs(bar.high - high)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(high)));
          }
          for (let i = 1; i < group.length; i++) {
            const [prev, next] = [Math.abs(group[i - 1].high - group[i - 1].low), Math.abs(group[i].high - group[i].low)];
            expect(prev).toBeGreaterThanOrEqual(next);
            if (prev === next) expect(group[i - 1].input < group[i].input).toBe(true);
          }
        });
        expect(bars).toHaveLength(at);
      }),
      { numRuns: 20 },
    );
  }, 30_000);

  it("equal swings are listed by input path", () => {
    // Two bids' fees ranged alike, and one shared input: each bid's bars by swing, then by path.
    const s: TcoScenario = {
      termMonths: 12,
      functions: [{ key: "f", function: "PAYMENT_POSTING", volumePerMonth: 1000, revenuePerUnit: 100, baseline: { denialRate: 0.1, reworkRate: 0.5, overturnRate: 0.5, codingAccuracy: 0.9, firstPassRate: 0.8, monthlyCost: 5_000 } }],
      bids: [
        {
          id: "a",
          vendorModel: "AI_HYBRID",
          oversightPerMonth: { low: 0, mode: 100, high: 200 },
          lines: [{ function: "f", pricing: { model: "PER_HOUR", rate: 10, hoursPerMonth: { low: 0, mode: 10, high: 20 } }, performance: { denialRate: 0.1, reworkRate: 0.5, overturnRate: 0.5, codingAccuracy: 0.9, firstPassRate: 0.8 } }],
        },
      ],
    };
    expect(tornado(compileScenario(s)).map((b) => [b.input, b.low, b.high])).toEqual([
      ["bids.0.lines.0.pricing.hoursPerMonth", expect.any(Number), expect.any(Number)],
      ["bids.0.oversightPerMonth", expect.any(Number), expect.any(Number)],
    ]);
    const [first, second] = tornado(compileScenario(s));
    expect(first.high - first.low).toBeCloseTo(12 * 200, 6);
    expect(second.high - second.low).toBeCloseTo(12 * 200, 6);
  });
});
