import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES } from "@/lib/tco/assumptions";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import { PERFORMANCE_RATES, type Pricing, type TcoScenario } from "@/lib/tco/scenario";
import type { Range, Uncertain } from "@/lib/tco/uncertain";
import { TcoScenarioSchema } from "@/lib/schemas/tco-scenario";

const frac = fc.double({ min: 0, max: 1, noNaN: true });
const money = (max: number) => fc.double({ min: 0, max, noNaN: true });
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

/** Any valid scenario the API could receive (small, to keep runs fast). */
const scenarioArb: fc.Arbitrary<TcoScenario> = fc
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

describe("TCO properties", () => {
  it("every generated scenario is a valid request, and no output is NaN or Infinity", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(TcoScenarioSchema.safeParse(s).success).toBe(true);
        expect(allFinite(runTcoScenario(s))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("zero-width ranges give P10 = P50 = P90 = the deterministic value", () => {
    fc.assert(
      fc.property(scenarioArb, (raw) => {
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

  it("the same seed gives the same output; probabilities of lowest TCO sum to 1", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = runTcoScenario(s);
        expect(runTcoScenario(structuredClone(s))).toEqual(a);
        const total = a.bids.reduce((sum, b) => sum + b.uncertainty!.probabilityLowestTco, 0);
        expect(total).toBeCloseTo(1, 9);
      }),
      { numRuns: 60 },
    );
  });

  const deterministic = scenarioArb.map((s) => ({ ...zeroWidth(s), monteCarlo: undefined }));
  const mode = (x: Uncertain | undefined) => (x === undefined ? 0 : typeof x === "number" ? x : x.mode);

  it("TCO rises (weakly) with the denial rate and with fees", () => {
    fc.assert(
      fc.property(deterministic, frac, money(1000), (s, bump, feeBump) => {
        const base = runTcoScenario(s).bids[0].tco;
        const worse = structuredClone(s);
        const perf = worse.bids[0].lines[0].performance;
        perf.denialRate = Math.min(1, mode(perf.denialRate) + bump * (1 - mode(perf.denialRate)));
        expect(runTcoScenario(worse).bids[0].tco).toBeGreaterThanOrEqual(base - 1e-9 * Math.abs(base));
        const dearer = structuredClone(s);
        const pr = dearer.bids[0].lines[0].pricing;
        const rate = mode(pr.rate);
        pr.rate = pr.model === "PERCENT_OF_COLLECTIONS" ? Math.min(1, rate + feeBump / 1000) : rate + feeBump;
        expect(runTcoScenario(dearer).bids[0].tco).toBeGreaterThanOrEqual(base - 1e-9 * Math.abs(base));
      }),
      { numRuns: 200 },
    );
  });

  it("leakage falls (weakly) as coding accuracy rises", () => {
    fc.assert(
      fc.property(deterministic, frac, (s, bump) => {
        const base = runTcoScenario(s).bids[0].components.leakage;
        const better = structuredClone(s);
        const perf = better.bids[0].lines[0].performance;
        perf.codingAccuracy = Math.min(1, mode(perf.codingAccuracy) + bump * (1 - mode(perf.codingAccuracy)));
        expect(runTcoScenario(better).bids[0].components.leakage).toBeLessThanOrEqual(base + 1e-9 * Math.abs(base) + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it("the closed-form TCO equals the sum of the components computed month by month", () => {
    fc.assert(
      fc.property(deterministic, (s) => {
        for (const bid of runTcoScenario(s).bids) {
          const sum = Object.values(bid.components).reduce((a, b) => a + b, 0);
          expect(Math.abs(sum - bid.tco)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(bid.tco)));
          const monthly = bid.monthly.reduce((a, m) => a + m.cost, 0);
          expect(Math.abs(monthly - bid.tco)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(bid.tco)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the payback month is the first month whose cumulative net benefit is ≥ 0", () => {
    fc.assert(
      fc.property(deterministic, (s) => {
        for (const bid of runTcoScenario(s).bids) {
          const first = bid.monthly.find((m) => m.cumulativeNetBenefit >= 0);
          expect(bid.paybackMonth).toBe(first ? first.month : null);
        }
      }),
      { numRuns: 200 },
    );
  });
});
