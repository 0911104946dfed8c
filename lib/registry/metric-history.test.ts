import { describe, expect, it } from "vitest";
import { metricHistoryView, niceAxis, type HistoryObservation } from "@/lib/registry/metric-history";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const obs = (id: string, value: number, asOf: string, source: HistoryObservation["source"], metric: HistoryObservation["metric"] = "CODING_ACCURACY"): HistoryObservation => ({
  id,
  metric,
  value,
  asOf: day(asOf),
  source,
  measurementBasis: metric === "CODING_ACCURACY" ? "CLAIM" : null,
});

describe("a metric's history view", () => {
  const history = [
    obs("claim-old", 0.99, "2025-05-29", "VENDOR_CLAIMED"),
    obs("ref", 0.962, "2025-11-29", "REFERENCE_CHECK"),
    obs("audit", 0.968, "2026-08-29", "AUDITED"),
    obs("client", 0.975, "2026-10-29", "CLIENT_MEASURED"),
    obs("other-metric", 0.05, "2026-10-29", "AUDITED", "DENIAL_RATE"),
  ];

  it("groups points by source, most trustworthy first, in percent and date order", () => {
    const view = metricHistoryView("CODING_ACCURACY", history);
    expect(view.series.map((s) => [s.label, s.points.map((p) => p.percent)])).toEqual([
      ["Audited", [96.8]],
      ["Client measured", [97.5]],
      ["Reference check", [96.2]],
      ["Vendor claimed", [99]],
    ]);
    expect(view.title).toBe("Coding accuracy");
  });

  it("marks the value the engine uses, with its reason: the newest audited figure beats a newer client measurement", () => {
    const view = metricHistoryView("CODING_ACCURACY", history);
    expect(view.used).toMatchObject({ percent: 96.8, observationId: "audit", haircutApplied: false, reason: "96.8% — audited, Aug 29, 2026" });
    expect(view.rows.filter((r) => r.used).map((r) => r.id)).toEqual(["audit"]);
    expect(view.rows.map((r) => r.id)).toEqual(["client", "audit", "ref", "claim-old"]);
  });

  it("shows the claim beside the used value when only a claim better than the midpoint exists", () => {
    const view = metricHistoryView("CODING_ACCURACY", [obs("claim", 0.99, "2026-05-01", "VENDOR_CLAIMED")]);
    // Midpoint of [80 %, 99 %] is 89.5 %: 99 − 0.25 × (99 − 89.5) = 96.625 %.
    expect(view.used).toMatchObject({ percent: 96.625, observedPercent: 99, haircutApplied: true, reason: "claimed 99.0%, used 96.6% after the 25% claim haircut" });
  });

  it("shades the benchmark range of MODEL.md §4 and keeps it and the points inside the axis", () => {
    const view = metricHistoryView("CODING_ACCURACY", history);
    expect(view.band).toEqual({ floor: 80, ceiling: 99, label: "Benchmark range 80%–99%" });
    expect(view.yDomain[0]).toBeLessThanOrEqual(80);
    expect(view.yDomain[1]).toBeGreaterThanOrEqual(99);
    expect(view.bases).toEqual(["Claim level"]);
    expect(view.yTicks).toEqual([75, 80, 85, 90, 95, 100]);
  });

  it("has no band for a metric no criterion scales, and nothing used without observations", () => {
    expect(metricHistoryView("OVERTURN_RATE", [obs("o", 0.6, "2026-01-01", "AUDITED", "OVERTURN_RATE")]).band).toBeNull();
    const empty = metricHistoryView("FIRST_PASS_RATE", history);
    expect(empty.used).toBeNull();
    expect(empty.series).toEqual([]);
  });

  it("puts the y axis on round steps that cover every value with room to spare", () => {
    expect(niceAxis([4.5, 5.2, 2, 20])).toEqual({ domain: [0, 25], ticks: [0, 5, 10, 15, 20, 25] });
    expect(niceAxis([31.3, 33.3])).toEqual({ domain: [31, 34], ticks: [31, 32, 33, 34] });
    expect(niceAxis([120, 10])).toEqual({ domain: [0, 125], ticks: [0, 25, 50, 75, 100, 125] });
  });
});
