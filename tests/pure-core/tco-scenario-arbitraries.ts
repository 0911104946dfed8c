import fc from "fast-check";
import type { AssumptionName } from "@/lib/tco/assumptions";
import { PERFORMANCE_RATES, type Bid, type PerformanceProfile, type Pricing, type TcoScenario } from "@/lib/tco/scenario";
import type { Uncertain } from "@/lib/tco/uncertain";
import { HEALTHCARE_FUNCTIONS } from "@/lib/scoring/healthcare-function";

/**
 * fast-check arbitraries of TCO scenarios with the magnitudes a hospital meets (issue 14): 100 to
 * 100,000 units a month at $50 to $20,000 each, rates anywhere in [0, 1] in basis points, terms
 * of 12 to 60 months, prices and assumptions in their realistic ranges. Whole steps (cents, basis
 * points) instead of arbitrary doubles: fc.double favours 0, tiny and extreme values, which made
 * most generated bids cost less than a dollar and hid real errors below the tolerance.
 */

/** Multiples of `step` from min to max. */
export const stepped = (min: number, max: number, step: number): fc.Arbitrary<number> => fc.integer({ min: Math.round(min / step), max: Math.round(max / step) }).map((n) => n * step);

/** A rate (fraction) in basis points, 0 and 1 included. */
export const rate = (min = 0, max = 1) => stepped(min, max, 0.0001);

/** A number, or a { low, mode, high } range of such numbers. */
export function uncertainOf(value: fc.Arbitrary<number>): fc.Arbitrary<Uncertain> {
  return fc.oneof(
    { weight: 3, arbitrary: value },
    fc.tuple(value, value, value).map(([a, b, c]) => {
      const [low, mode, high] = [a, b, c].sort((x, y) => x - y);
      return { low, mode, high };
    }),
  );
}

const profile: fc.Arbitrary<PerformanceProfile> = fc.record(Object.fromEntries(PERFORMANCE_RATES.map((r) => [r, uncertainOf(rate())])) as Record<(typeof PERFORMANCE_RATES)[number], fc.Arbitrary<Uncertain>>);

const minimum = fc.option(uncertainOf(stepped(0, 500_000, 1)), { nil: undefined });
export const realisticPricing: fc.Arbitrary<Pricing> = fc
  .oneof(
    fc.record({ model: fc.constant("PER_HOUR" as const), rate: uncertainOf(stepped(10, 200, 0.01)), hoursPerMonth: uncertainOf(stepped(100, 50_000, 1)), monthlyMinimum: minimum }),
    fc.record({ model: fc.constant("PER_FTE_MONTH" as const), rate: uncertainOf(stepped(2_000, 20_000, 1)), fte: uncertainOf(stepped(1, 500, 0.5)), monthlyMinimum: minimum }),
    fc.record({ model: fc.constant("PER_UNIT" as const), rate: uncertainOf(stepped(0.5, 500, 0.01)), monthlyMinimum: minimum }),
    fc.record({ model: fc.constant("PERCENT_OF_COLLECTIONS" as const), rate: uncertainOf(rate(0.01, 0.15)), monthlyMinimum: minimum }),
  )
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as unknown as Pricing);

/** Realistic ranges of MODEL.md §5 assumptions (inside the schema's bounds). */
const ASSUMPTION_RANGES: Record<AssumptionName, fc.Arbitrary<number>> = {
  reworkCostPerDenial: stepped(0, 200, 0.01),
  undercodeShare: rate(),
  undercodeLoss: rate(0, 0.5),
  auditRate: rate(0, 0.3),
  recoupmentMultiplier: stepped(0, 5, 0.01),
  costOfCapital: rate(0, 0.2),
  delayDays: stepped(0, 120, 1),
  breachCost: stepped(0, 20_000_000, 1_000),
  breachProbAtZero: rate(0, 0.2),
  breachProbAtFull: rate(0, 0.05),
  departureCost: stepped(0, 20_000, 1),
  // Quarter months: a fractional ramp has its own rule (rampMonthCount).
  rampMonths: stepped(0, 12, 0.25),
  claimHaircut: rate(),
};
const assumptions = fc.record(Object.fromEntries(Object.entries(ASSUMPTION_RANGES).map(([n, v]) => [n, uncertainOf(v)])) as Record<AssumptionName, fc.Arbitrary<Uncertain>>, { requiredKeys: [] });

const bidFields = fc.record(
  {
    implementationFee: uncertainOf(stepped(0, 2_000_000, 1)),
    oversightPerMonth: uncertainOf(stepped(0, 100_000, 1)),
    fte: uncertainOf(stepped(0, 500, 0.5)),
    turnoverRate: uncertainOf(rate()),
    complianceMaturity: uncertainOf(rate()),
    qualified: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** A valid scenario (TcoScenarioSchema) of realistic size: 1–3 functions, 1–4 bids, each bid covering some of them. */
export const realisticScenario: fc.Arbitrary<TcoScenario> = fc.integer({ min: 1, max: 3 }).chain((F) =>
  fc
    .record({
      termMonths: fc.integer({ min: 12, max: 60 }),
      assumptions,
      functions: fc.array(
        fc.record({
          function: fc.constantFrom(...HEALTHCARE_FUNCTIONS),
          volumePerMonth: uncertainOf(stepped(100, 100_000, 1)),
          revenuePerUnit: uncertainOf(stepped(50, 20_000, 0.01)),
          baseline: profile,
          monthlyCost: uncertainOf(stepped(0, 2_000_000, 1)),
        }),
        { minLength: F, maxLength: F },
      ),
      bids: fc.array(
        fc.record({
          fields: bidFields,
          vendorModel: fc.constantFrom("GENERALIST" as const, "SPECIALIZED" as const, "AI_HYBRID" as const),
          covered: fc.shuffledSubarray([...Array(F).keys()], { minLength: 1 }),
          lines: fc.array(fc.record({ pricing: realisticPricing, performance: profile }), { minLength: F, maxLength: F }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      seed: fc.nat(),
    })
    .map(({ termMonths, assumptions, functions, bids, seed }) => ({
      termMonths,
      assumptions,
      functions: functions.map((f, i) => ({ key: `f${i}`, function: f.function, volumePerMonth: f.volumePerMonth, revenuePerUnit: f.revenuePerUnit, baseline: { ...f.baseline, monthlyCost: f.monthlyCost } })),
      bids: bids.map(
        (b, i): Bid => ({
          id: `b${i}`,
          vendorModel: b.vendorModel,
          ...b.fields,
          lines: b.covered.map((j) => ({ function: `f${j}`, pricing: b.lines[j].pricing, performance: b.lines[j].performance })),
        }),
      ),
      monteCarlo: { iterations: 40, seed },
    })),
);

/** The same scenario with every input at its mode and no Monte Carlo. */
export function atModes(s: TcoScenario): TcoScenario {
  return { ...(JSON.parse(JSON.stringify(s), (_k, v) => (v && typeof v === "object" && "mode" in v && "low" in v ? v.mode : v)) as TcoScenario), monteCarlo: undefined };
}
