import { describe, expect, it } from "vitest";
import { compileScenario } from "@/lib/tco/compile-scenario";
import { MEDCENTRAL_SCENARIO } from "@/lib/tco/article-fixtures";
import { bandSampleSize, runMonteCarlo } from "@/lib/tco/monte-carlo";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import { triangular, Xoshiro128 } from "@/lib/tco/random";
import type { TcoScenario } from "@/lib/tco/scenario";

describe("generator and triangular draws", () => {
  it("same seed, same stream; different seeds differ", () => {
    const a = new Xoshiro128(7);
    const b = new Xoshiro128(7);
    const c = new Xoshiro128(8);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it("triangular: inverse CDF at 0, mode share and 1; the mean is (low + mode + high) / 3", () => {
    expect(triangular(0, 1, 2, 4)).toBe(1);
    expect(triangular(1 / 3, 1, 2, 4)).toBeCloseTo(2, 12);
    expect(triangular(0.999999999, 1, 2, 4)).toBeCloseTo(4, 3);
    const rng = new Xoshiro128(1);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += triangular(rng.next(), 1, 2, 4);
    expect(sum / 100_000).toBeCloseTo(7 / 3, 2);
  });
});

function twoIdenticalBids(): TcoScenario {
  const s = structuredClone(MEDCENTRAL_SCENARIO);
  s.bids = [
    { ...structuredClone(s.bids[1]), id: "x" },
    { ...structuredClone(s.bids[1]), id: "y" },
  ];
  s.functions[0].volumePerMonth = { low: 15_000, mode: 20_000, high: 24_000 };
  return s;
}

describe("runMonteCarlo", () => {
  it("common random numbers: identical bids tie in every draw of a shared input and share the win", () => {
    const c = compileScenario(twoIdenticalBids());
    const r = runMonteCarlo(c, { iterations: 500, seed: 3 });
    expect(r.bids[0].probabilityLowestTco).toBeCloseTo(0.5, 12);
    expect(r.bids[0].tco).toEqual(r.bids[1].tco);
  });
  it("disqualified bids never have the lowest TCO; the rest sum to 1", () => {
    const s = structuredClone(MEDCENTRAL_SCENARIO);
    s.bids[1].qualified = false;
    s.bids[0].lines[0].performance.denialRate = { low: 0.1, mode: 0.14, high: 0.2 };
    const r = runMonteCarlo(compileScenario(s), { iterations: 300, seed: 1 });
    expect(r.bids[1].probabilityLowestTco).toBe(0);
    expect(r.bids[0].probabilityLowestTco).toBe(1);
  });
  it("adding a bid leaves another bid's draws unchanged (streams follow bid ids)", () => {
    const s = twoIdenticalBids();
    s.bids[0].lines[0].performance.denialRate = { low: 0.03, mode: 0.05, high: 0.08 };
    const one = runTcoScenario({ ...s, bids: [s.bids[0]], monteCarlo: { iterations: 400, seed: 11 } });
    const two = runTcoScenario({ ...s, bids: [s.bids[1], s.bids[0]], monteCarlo: { iterations: 400, seed: 11 } });
    expect(two.bids[1].uncertainty!.tco).toEqual(one.bids[0].uncertainty!.tco);
  });
  it("keepDraws returns every iteration's TCO and units", () => {
    const r = runMonteCarlo(compileScenario(twoIdenticalBids()), { iterations: 50, seed: 9, keepDraws: true });
    expect(r.draws!.tco).toHaveLength(2);
    expect(r.draws!.units).toHaveLength(50);
    expect(r.draws!.units.every((u) => u >= 36 * 15_000 && u <= 36 * 24_000)).toBe(true);
  });
});

describe("cumulative net benefit bands", () => {
  const ranged = (): TcoScenario => {
    const s = structuredClone(MEDCENTRAL_SCENARIO) as TcoScenario;
    s.bids[1].lines[0].performance.denialRate = { low: 0.04, mode: 0.05, high: 0.08 };
    s.assumptions = { reworkCostPerDenial: { low: 43.84, mode: 57.23, high: 118 } };
    return s;
  };
  it("with zero-width ranges every band equals the deterministic cumulative series", () => {
    const s = structuredClone(MEDCENTRAL_SCENARIO) as TcoScenario;
    s.bids[0].lines[0].performance.denialRate = { low: 0.1, mode: 0.1, high: 0.1 };
    const deterministic = runTcoScenario(s);
    const mc = runMonteCarlo(compileScenario(s), { iterations: 200, seed: 3, cumulativeBands: true });
    mc.bids.forEach((bid, b) => {
      const expected = deterministic.bids[b].monthly.map((m) => m.cumulativeNetBenefit);
      expect(bid.cumulativeNetBenefit?.p10).toEqual(expected);
      expect(bid.cumulativeNetBenefit?.p90).toEqual(expected);
      expect(bid.cumulativeNetBenefit?.sampleSize).toBe(200);
    });
  });
  it("P10 ≤ P50 ≤ P90 every month, the band has a width where inputs vary, and the same seed repeats it", () => {
    const s = ranged();
    const c = compileScenario(s);
    const a = runMonteCarlo(c, { iterations: 500, seed: 11, cumulativeBands: true });
    const b = runMonteCarlo(c, { iterations: 500, seed: 11, cumulativeBands: true });
    expect(a.bids).toEqual(b.bids);
    const band = a.bids[1].cumulativeNetBenefit!;
    expect(band.p10).toHaveLength(s.termMonths);
    for (let m = 0; m < s.termMonths; m++) {
      expect(band.p10[m]).toBeLessThanOrEqual(band.p50[m]);
      expect(band.p50[m]).toBeLessThanOrEqual(band.p90[m]);
    }
    expect(band.p90[s.termMonths - 1] - band.p10[s.termMonths - 1]).toBeGreaterThan(0);
  });
  it("without the option there is no band; a large run draws the band from a bounded sample", () => {
    const c = compileScenario(ranged());
    expect(runMonteCarlo(c, { iterations: 50, seed: 1 }).bids[0].cumulativeNetBenefit).toBeUndefined();
    expect(bandSampleSize(50_000, 120, 50)).toBe(666);
    expect(bandSampleSize(10_000, 36, 4)).toBe(10_000);
    expect(bandSampleSize(10_000, 36, 0)).toBe(0);
  });
});

describe("Monte Carlo draws follow the triangular ranges", () => {
  /** Triangular inverse CDF, written out from the distribution's definition. */
  const quantile = (u: number, low: number, mode: number, high: number) =>
    u < (mode - low) / (high - low) ? low + Math.sqrt(u * (high - low) * (mode - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
  /** MedCentral's generalist bid alone, its claim volume ranged: TCO is linear and rising in the volume. */
  function ranged(volume: { low: number; mode: number; high: number }): TcoScenario {
    const s = structuredClone(MEDCENTRAL_SCENARIO);
    s.bids = [s.bids[0]];
    s.functions[0].volumePerMonth = volume;
    return s;
  }
  const tcoAtVolume = (v: number) => runTcoScenario({ ...ranged({ low: v, mode: v, high: v }) }).bids[0].tco;

  it.each([
    { low: 15_000, mode: 20_000, high: 24_000 },
    { low: 15_000, mode: 15_000, high: 24_000 },
    { low: 15_000, mode: 24_000, high: 24_000 },
  ])("P10, P50, P90 and the mean of TCO match the volume's triangular distribution ($low, $mode, $high), within sampling error", (volume) => {
    const c = compileScenario(ranged(volume));
    const result = runMonteCarlo(c, { iterations: 5_000, seed: 2026, keepDraws: true });
    // 3 % of the TCO's range is about four standard errors of a nearest-rank P90 from 5,000 draws.
    const tolerance = 0.03 * (tcoAtVolume(volume.high) - tcoAtVolume(volume.low));
    const { tco } = result.bids[0];
    expect(Math.abs(tco.p10! - tcoAtVolume(quantile(0.1, volume.low, volume.mode, volume.high)))).toBeLessThan(tolerance);
    expect(Math.abs(tco.p50! - tcoAtVolume(quantile(0.5, volume.low, volume.mode, volume.high)))).toBeLessThan(tolerance);
    expect(Math.abs(tco.p90! - tcoAtVolume(quantile(0.9, volume.low, volume.mode, volume.high)))).toBeLessThan(tolerance);
    const draws = result.draws!.tco[0];
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(Math.abs(mean - tcoAtVolume((volume.low + volume.mode + volume.high) / 3))).toBeLessThan(tolerance);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(tcoAtVolume(volume.low) - 1e-6);
    expect(Math.max(...draws)).toBeLessThanOrEqual(tcoAtVolume(volume.high) + 1e-6);
    // Units follow the same draws: T × V.
    expect(Array.from(result.draws!.units.subarray(0, 50)).every((u, i) => Math.abs(tcoAtVolume(u / 36) - draws[i]) <= 1e-9 * draws[i])).toBe(true);
  });

  it("kept draws stay in iteration order: a longer run starts with the shorter run's draws", () => {
    const c = compileScenario(ranged({ low: 15_000, mode: 20_000, high: 24_000 }));
    const short = runMonteCarlo(c, { iterations: 20, seed: 5, keepDraws: true }).draws!;
    const long = runMonteCarlo(c, { iterations: 200, seed: 5, keepDraws: true }).draws!;
    expect(Array.from(long.tco[0].subarray(0, 20))).toEqual(Array.from(short.tco[0]));
    expect(Array.from(long.units.subarray(0, 20))).toEqual(Array.from(short.units));
  });

  it("iterations are a whole number of at least 1", () => {
    const c = compileScenario(ranged({ low: 15_000, mode: 20_000, high: 24_000 }));
    expect(runMonteCarlo(c, { iterations: 0, seed: 1, keepDraws: true }).draws!.units).toHaveLength(1);
    expect(runMonteCarlo(c, { iterations: 7.9, seed: 1, keepDraws: true }).draws!.units).toHaveLength(7);
  });

  it("another seed gives other draws, and a seed past 32 bits is taken modulo 2³²", () => {
    const c = compileScenario(ranged({ low: 15_000, mode: 20_000, high: 24_000 }));
    const draws = (seed: number) => Array.from(runMonteCarlo(c, { iterations: 10, seed, keepDraws: true }).draws!.units);
    expect(draws(2)).not.toEqual(draws(1));
    expect(draws(2 ** 32 + 1)).toEqual(draws(1));
  });

  it("without revenue NRR is undefined in every iteration, so its percentiles are null", () => {
    const s = ranged({ low: 15_000, mode: 20_000, high: 24_000 });
    s.functions[0].revenuePerUnit = 0;
    expect(runMonteCarlo(compileScenario(s), { iterations: 50, seed: 1 }).bids[0].nrr).toEqual({ p10: null, p50: null, p90: null });
  });

  it("payback percentiles lie between the payback months at the lowest and the highest volume", () => {
    // More claims, more savings: the specialized bid pays back sooner at high volume.
    const s = structuredClone(MEDCENTRAL_SCENARIO);
    s.bids = [s.bids[1]];
    s.functions[0].volumePerMonth = { low: 15_000, mode: 20_000, high: 24_000 };
    const r = runMonteCarlo(compileScenario(s), { iterations: 400, seed: 8 }).bids[0].paybackMonth;
    const at = (v: number) => runTcoScenario({ ...s, functions: [{ ...s.functions[0], volumePerMonth: v }] }).bids[0].paybackMonth!;
    expect(r.p10).toBeLessThanOrEqual(r.p50!);
    expect(r.p50).toBeLessThanOrEqual(r.p90!);
    expect(r.p90).toBeLessThanOrEqual(at(15_000));
    expect(r.p10).toBeGreaterThanOrEqual(at(24_000));
  });
});
