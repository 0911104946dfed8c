import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { selectMetricValue, type MetricObservation } from "@/lib/scoring/metric-evidence";
import { permutations } from "@/tests/pure-core/permutations";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const claim = (value: number): MetricObservation[] => [{ value, asOf: d("2026-01-01"), source: "VENDOR_CLAIMED" }];

describe("selectMetricValue", () => {
  it("the most trustworthy source wins over a newer, weaker one, in any order", () => {
    const obs: MetricObservation[] = [
      { value: 0.95, asOf: d("2025-01-01"), source: "CLIENT_MEASURED" },
      { value: 0.94, asOf: d("2024-01-01"), source: "REFERENCE_CHECK" },
      { value: 0.99, asOf: d("2026-01-01"), source: "VENDOR_CLAIMED" },
    ];
    for (const order of [obs, [...obs].reverse(), [obs[2], obs[0], obs[1]]]) {
      expect(selectMetricValue(order, { midpoint: 0.895 })).toMatchObject({ value: 0.95, source: "CLIENT_MEASURED", haircutApplied: false });
    }
  });
  it("within a source the newest wins, in any order", () => {
    const obs: MetricObservation[] = [
      { value: 0.9, asOf: d("2025-01-01"), source: "AUDITED" },
      { value: 0.92, asOf: d("2025-06-01"), source: "AUDITED" },
      { value: 0.97, asOf: d("2025-03-01"), source: "AUDITED" },
      { value: 0.99, asOf: d("2026-01-01"), source: "CLIENT_MEASURED" },
    ];
    for (const order of permutations(obs)) expect(selectMetricValue(order)).toEqual({ value: 0.92, observedValue: 0.92, source: "AUDITED", asOf: d("2025-06-01"), haircutApplied: false });
  });
  it("every source outranks the ones below it: audited > client-measured > reference check > vendor-claimed", () => {
    const ladder: MetricObservation[] = [
      { value: 0.91, asOf: d("2023-01-01"), source: "AUDITED" },
      { value: 0.92, asOf: d("2024-01-01"), source: "CLIENT_MEASURED" },
      { value: 0.93, asOf: d("2025-01-01"), source: "REFERENCE_CHECK" },
      { value: 0.94, asOf: d("2026-01-01"), source: "VENDOR_CLAIMED" },
    ];
    for (let top = 0; top < ladder.length; top++) {
      for (const order of permutations(ladder.slice(top))) expect(selectMetricValue(order)?.source).toBe(ladder[top].source);
    }
  });
  it("two observations from one source on one day: the less favourable counts, in any order", () => {
    const sameDay: MetricObservation[] = [
      { value: 0.08, asOf: d("2025-06-01"), source: "CLIENT_MEASURED" },
      { value: 0.06, asOf: d("2025-06-01"), source: "CLIENT_MEASURED" },
      { value: 0.07, asOf: d("2025-06-01"), source: "CLIENT_MEASURED" },
    ];
    for (const order of permutations(sameDay)) {
      expect(selectMetricValue(order)?.value).toBe(0.06);
      expect(selectMetricValue(order, { direction: "lower" })?.value).toBe(0.08);
    }
    // A less trusted source on the same day changes nothing.
    const mixed: MetricObservation[] = [
      { value: 0.95, asOf: d("2025-06-01"), source: "AUDITED" },
      { value: 0.9, asOf: d("2025-06-01"), source: "VENDOR_CLAIMED" },
      { value: 0.97, asOf: d("2025-06-01"), source: "REFERENCE_CHECK" },
    ];
    for (const order of permutations(mixed)) expect(selectMetricValue(order)).toMatchObject({ value: 0.95, source: "AUDITED" });
  });
  it("a claim better than the midpoint is haircut toward it: 0.99 − 0.25 × (0.99 − 0.895) = 0.96625", () => {
    const v = selectMetricValue(claim(0.99), { haircut: 0.25, midpoint: 0.895 });
    expect(v?.value).toBeCloseTo(0.96625, 12);
    expect(v?.observedValue).toBe(0.99);
    expect(v?.haircutApplied).toBe(true);
  });
  it("the default haircut is 0.25", () => {
    expect(selectMetricValue(claim(0.99), { midpoint: 0.895 })?.value).toBeCloseTo(0.96625, 12);
  });
  it("lower-is-better: a claimed 5 % denial rate against an 11 % midpoint is used as 6.5 %", () => {
    const v = selectMetricValue(claim(0.05), { midpoint: 0.11, direction: "lower" });
    expect(v?.value).toBeCloseTo(0.065, 12);
    expect(v?.haircutApplied).toBe(true);
  });
  it("one-sided: a claim at or worse than the midpoint is used as claimed", () => {
    expect(selectMetricValue(claim(0.85), { midpoint: 0.895 })).toMatchObject({ value: 0.85, haircutApplied: false });
    expect(selectMetricValue(claim(0.895), { midpoint: 0.895 })).toMatchObject({ value: 0.895, haircutApplied: false });
    expect(selectMetricValue(claim(0.15), { midpoint: 0.11, direction: "lower" })).toMatchObject({ value: 0.15, haircutApplied: false });
  });
  it("no haircut on independent sources, with a zero haircut, or without a midpoint; no observation, null", () => {
    expect(selectMetricValue([{ value: 0.99, asOf: d("2026-01-01"), source: "REFERENCE_CHECK" }], { midpoint: 0.895 })?.value).toBe(0.99);
    expect(selectMetricValue(claim(0.99), { midpoint: 0.895, haircut: 0 })).toMatchObject({ value: 0.99, haircutApplied: false });
    expect(selectMetricValue(claim(0.5))?.value).toBe(0.5);
    expect(selectMetricValue([])).toBeNull();
  });
  it("property: the haircut never makes a claim better, and never moves it past the midpoint", () => {
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(rate, rate, rate, fc.constantFrom("higher" as const, "lower" as const), (value, midpoint, haircut, direction) => {
        const used = selectMetricValue(claim(value), { midpoint, haircut, direction })!.value;
        const sign = direction === "higher" ? 1 : -1;
        // Never better than claimed.
        expect(sign * (used - value)).toBeLessThanOrEqual(0);
        if (sign * (value - midpoint) > 0) expect(sign * (used - midpoint)).toBeGreaterThanOrEqual(-1e-12);
        else expect(used).toBe(value);
      }),
    );
  });
});
