import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES } from "@/lib/tco/assumptions";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import { PERFORMANCE_RATES, type Pricing, type TcoScenario } from "@/lib/tco/scenario";
import type { Range, Uncertain } from "@/lib/tco/uncertain";
import { TcoScenarioSchema } from "@/lib/schemas/tco-scenario";
import { COMPONENT_NAMES } from "@/lib/tco/bid-kernel";
import { atModes, realisticScenario, stepped } from "@/tests/pure-core/tco-scenario-arbitraries";
import { referenceModel } from "@/tests/pure-core/tco-reference-model";

/** A number or a valid range around it, within [min, max]. */
const uncertainIn = (min: number, max: number): fc.Arbitrary<Uncertain> =>
  fc.oneof(
    fc.double({ min, max, noNaN: true }),
    fc.tuple(fc.double({ min, max, noNaN: true }), fc.double({ min, max, noNaN: true }), fc.double({ min, max, noNaN: true })).map(([a, b, c]) => {
      const [low, mode, high] = [a, b, c].sort((x, y) => x - y);
      return { low, mode, high } as Range;
    }),
  );
const profile = fc.record(Object.fromEntries(PERFORMANCE_RATES.map((r) => [r, uncertainIn(0, 1)])) as Record<(typeof PERFORMANCE_RATES)[number], fc.Arbitrary<Uncertain>>);
const pricing: fc.Arbitrary<Pricing> = fc.oneof(
  fc.record({ model: fc.constant("PER_HOUR" as const), rate: uncertainIn(0, 500), hoursPerMonth: uncertainIn(0, 1e5), monthlyMinimum: fc.option(uncertainIn(0, 1e6), { nil: undefined }) }),
  fc.record({ model: fc.constant("PER_FTE_MONTH" as const), rate: uncertainIn(0, 2e4), fte: uncertainIn(0, 500) }),
  fc.record({ model: fc.constant("PER_UNIT" as const), rate: uncertainIn(0, 1e3), monthlyMinimum: fc.option(uncertainIn(0, 1e6), { nil: undefined }) }),
  fc.record({ model: fc.constant("PERCENT_OF_COLLECTIONS" as const), rate: uncertainIn(0, 1) }),
);
const assumptions = fc.record(
  Object.fromEntries(ASSUMPTION_NAMES.map((n) => [n, uncertainIn(ASSUMPTION_DEFAULTS[n].min, Math.min(ASSUMPTION_DEFAULTS[n].max, n === "breachCost" ? 1e10 : ASSUMPTION_DEFAULTS[n].max))])),
  { requiredKeys: [] },
);

/**
 * Any valid scenario the API could receive, extreme values included (tiny, huge, denormal): for
 * robustness only. Properties about the numbers use realisticScenario.
 */
const extremeScenario: fc.Arbitrary<TcoScenario> = fc
  .record({
    termMonths: fc.integer({ min: 1, max: 120 }),
    assumptions,
    functions: fc.array(fc.record({ volumePerMonth: uncertainIn(0, 1e6), revenuePerUnit: uncertainIn(0, 1e5), baseline: profile, monthlyCost: uncertainIn(0, 1e7) }), { minLength: 1, maxLength: 3 }),
    bids: fc.array(
      fc.record({
        implementationFee: fc.option(uncertainIn(0, 1e7), { nil: undefined }),
        oversightPerMonth: fc.option(uncertainIn(0, 1e6), { nil: undefined }),
        fte: fc.option(uncertainIn(0, 1000), { nil: undefined }),
        turnoverRate: fc.option(uncertainIn(0, 2), { nil: undefined }),
        complianceMaturity: fc.option(uncertainIn(0, 1), { nil: undefined }),
        lines: fc.array(fc.record({ pricing, performance: profile }), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    seed: fc.nat(),
  })
  .map(({ termMonths, assumptions, functions, bids, seed }) => ({
    termMonths,
    assumptions,
    functions: functions.map((f, i) => ({ key: `f${i}`, function: "AR_FOLLOW_UP" as const, volumePerMonth: f.volumePerMonth, revenuePerUnit: f.revenuePerUnit, baseline: { ...f.baseline, monthlyCost: f.monthlyCost } })),
    bids: bids.map((b, i) => ({
      id: `b${i}`,
      vendorModel: "SPECIALIZED" as const,
      ...Object.fromEntries(Object.entries(b).filter(([k, v]) => k !== "lines" && v !== undefined)),
      lines: b.lines.slice(0, functions.length).map((l, j) => ({ function: `f${j}`, pricing: Object.fromEntries(Object.entries(l.pricing).filter(([, v]) => v !== undefined)) as Pricing, performance: l.performance })),
    })),
    monteCarlo: { iterations: 40, seed },
  }));

function allFinite(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x && typeof x === "object") return Object.values(x).every(allFinite);
  return true;
}

/** The same scenario with every range collapsed to its mode's zero-width range. */
function zeroWidth(s: TcoScenario): TcoScenario {
  return JSON.parse(JSON.stringify(s), (_k, v) => (v && typeof v === "object" && "mode" in v && "low" in v ? { low: v.mode, mode: v.mode, high: v.mode } : v));
}

/** |actual − expected| within a billionth of the expected total (realistic totals run to thousands and more). */
function expectClose(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe("TCO properties", () => {
  it("every generated scenario, extreme values included, is a valid request, and no output is NaN or Infinity", () => {
    fc.assert(
      fc.property(extremeScenario, (s) => {
        expect(TcoScenarioSchema.safeParse(s).success).toBe(true);
        expect(allFinite(runTcoScenario(s))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("the realistic generator gives valid requests of realistic size: nearly every bid costs thousands of dollars or more", () => {
    const scenarios = fc.sample(realisticScenario, { numRuns: 200, seed: 14 });
    const tcos = scenarios.flatMap((s) => {
      // The API has no "qualified" (the server decides it from compliance evidence).
      expect(TcoScenarioSchema.safeParse({ ...s, bids: s.bids.map(({ qualified: _, ...bid }) => bid) }).success).toBe(true);
      return runTcoScenario(atModes(s)).bids.map((b) => b.tco);
    });
    expect(tcos.filter((t) => t > 1_000).length).toBeGreaterThanOrEqual(0.99 * tcos.length);
    expect(tcos.sort((a, b) => a - b)[Math.floor(tcos.length / 2)]).toBeGreaterThan(100_000);
  });

  it("the engine's closed form agrees with MODEL.md §5 computed month by month: TCO, every component, every month, payback", () => {
    fc.assert(
      fc.property(realisticScenario.map(atModes), (s) => {
        const result = runTcoScenario(s);
        const reference = referenceModel(s);
        expectClose(result.baseline.monthly[0], reference.baselineMonthly);
        expectClose(result.baseline.tco, s.termMonths * reference.baselineMonthly);
        result.bids.forEach((bid, b) => {
          const ref = reference.bids[b];
          expectClose(bid.tco, ref.tco);
          for (const name of COMPONENT_NAMES) expectClose(bid.components[name], ref.components[name]);
          bid.monthly.forEach((m, i) => {
            expect(m.month).toBe(i + 1);
            expectClose(m.cost, ref.monthlyCost[i]);
            expectClose(m.netBenefit, reference.baselineMonthly - ref.monthlyCost[i]);
            expectClose(m.cumulativeNetBenefit, ref.cumulativeNetBenefit[i]);
          });
          // Payback is exact unless a cumulative benefit sits within rounding of 0.
          const nearZero = ref.cumulativeNetBenefit.some((c) => Math.abs(c) <= 1e-9 * ref.tco);
          if (!nearZero) expect(bid.paybackMonth).toBe(ref.paybackMonth);
          const units = s.termMonths * s.functions.reduce((sum, f) => sum + (f.volumePerMonth as number), 0);
          const gross = s.termMonths * s.functions.reduce((sum, f) => sum + (f.volumePerMonth as number) * (f.revenuePerUnit as number), 0);
          expectClose(bid.gross, gross);
          expectClose(bid.nrr!, 1 - ref.tco / gross);
          expectClose(bid.tcoPerUnit!, ref.tco / units);
        });
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("zero-width ranges give P10 = P50 = P90 = the deterministic value", () => {
    fc.assert(
      fc.property(realisticScenario, (raw) => {
        const r = runTcoScenario(zeroWidth(raw));
        for (const bid of r.bids) {
          const u = bid.uncertainty!;
          expect(u.tco).toEqual({ p10: bid.tco, p50: bid.tco, p90: bid.tco });
          expect(u.nrr).toEqual({ p10: bid.nrr, p50: bid.nrr, p90: bid.nrr });
          expect(u.paybackMonth).toEqual({ p10: bid.paybackMonth, p50: bid.paybackMonth, p90: bid.paybackMonth });
        }
        expect(r.tornado).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it("the same seed gives the same output; probabilities of lowest TCO sum to 1 over qualified bids (0 without any)", () => {
    fc.assert(
      fc.property(realisticScenario, (s) => {
        const a = runTcoScenario(s);
        expect(runTcoScenario(structuredClone(s))).toEqual(a);
        const qualified = s.bids.map((b) => b.qualified !== false);
        const total = a.bids.reduce((sum, b) => sum + b.uncertainty!.probabilityLowestTco, 0);
        expect(total).toBeCloseTo(qualified.some(Boolean) ? 1 : 0, 9);
        a.bids.forEach((b, i) => {
          if (!qualified[i]) expect(b.uncertainty!.probabilityLowestTco).toBe(0);
        });
      }),
      { numRuns: 60 },
    );
  });

  const mode = (x: Uncertain | undefined) => (x === undefined ? 0 : typeof x === "number" ? x : x.mode);

  it("TCO rises (weakly) with the denial rate and with fees", () => {
    fc.assert(
      fc.property(realisticScenario.map(atModes), stepped(0, 1, 0.01), stepped(0, 1000, 1), (s, bump, feeBump) => {
        const base = runTcoScenario(s).bids[0].tco;
        const worse = structuredClone(s);
        const perf = worse.bids[0].lines[0].performance;
        perf.denialRate = Math.min(1, mode(perf.denialRate) + bump * (1 - mode(perf.denialRate)));
        expect(runTcoScenario(worse).bids[0].tco).toBeGreaterThanOrEqual(base - 1e-9 * base);
        const dearer = structuredClone(s);
        const pr = dearer.bids[0].lines[0].pricing;
        const rate = mode(pr.rate);
        pr.rate = pr.model === "PERCENT_OF_COLLECTIONS" ? Math.min(1, rate + feeBump / 1000) : rate + feeBump;
        expect(runTcoScenario(dearer).bids[0].tco).toBeGreaterThanOrEqual(base - 1e-9 * base);
      }),
      { numRuns: 200 },
    );
  });

  it("leakage falls (weakly) as coding accuracy rises", () => {
    fc.assert(
      fc.property(realisticScenario.map(atModes), stepped(0, 1, 0.01), (s, bump) => {
        const base = runTcoScenario(s).bids[0].components.leakage;
        const better = structuredClone(s);
        const perf = better.bids[0].lines[0].performance;
        perf.codingAccuracy = Math.min(1, mode(perf.codingAccuracy) + bump * (1 - mode(perf.codingAccuracy)));
        expect(runTcoScenario(better).bids[0].components.leakage).toBeLessThanOrEqual(base + 1e-9 * base);
      }),
      { numRuns: 200 },
    );
  });

  it("the payback month is the first month whose cumulative net benefit is ≥ 0", () => {
    fc.assert(
      fc.property(realisticScenario.map(atModes), (s) => {
        for (const bid of runTcoScenario(s).bids) {
          const first = bid.monthly.find((m) => m.cumulativeNetBenefit >= 0);
          expect(bid.paybackMonth).toBe(first ? first.month : null);
        }
      }),
      { numRuns: 200 },
    );
  });
});
