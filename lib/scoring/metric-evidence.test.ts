import { describe, expect, it } from "vitest";
import { selectMetricValue, type MetricObservation } from "@/lib/scoring/metric-evidence";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("selectMetricValue", () => {
  it("the most trustworthy source wins over a newer, weaker one", () => {
    const obs: MetricObservation[] = [
      { value: 0.99, asOf: d("2026-01-01"), source: "VENDOR_CLAIMED" },
      { value: 0.95, asOf: d("2025-01-01"), source: "CLIENT_MEASURED" },
      { value: 0.94, asOf: d("2024-01-01"), source: "REFERENCE_CHECK" },
    ];
    expect(selectMetricValue(obs, { midpoint: 0.895 })).toMatchObject({ value: 0.95, source: "CLIENT_MEASURED", haircutApplied: false });
  });
  it("within a source the newest wins", () => {
    const obs: MetricObservation[] = [
      { value: 0.9, asOf: d("2025-01-01"), source: "AUDITED" },
      { value: 0.92, asOf: d("2025-06-01"), source: "AUDITED" },
    ];
    expect(selectMetricValue(obs)?.value).toBe(0.92);
  });
  it("a claim alone is haircut toward the midpoint: 0.99 − 0.25 × (0.99 − 0.895) = 0.96625", () => {
    const v = selectMetricValue([{ value: 0.99, asOf: d("2026-01-01"), source: "VENDOR_CLAIMED" }], { haircut: 0.25, midpoint: 0.895 });
    expect(v?.value).toBeCloseTo(0.96625, 12);
    expect(v?.observedValue).toBe(0.99);
    expect(v?.haircutApplied).toBe(true);
  });
  it("no midpoint, no haircut; no observation, null", () => {
    expect(selectMetricValue([{ value: 0.5, asOf: d("2026-01-01"), source: "VENDOR_CLAIMED" }])?.value).toBe(0.5);
    expect(selectMetricValue([])).toBeNull();
  });
});
