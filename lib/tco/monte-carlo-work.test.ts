import { describe, expect, it } from "vitest";
import { MAX_MONTE_CARLO_WORK, monteCarloWork, monteCarloWorkMessage } from "@/lib/tco/monte-carlo-work";
import { MEDCENTRAL_SCENARIO } from "@/lib/tco/article-fixtures";

describe("monteCarloWork", () => {
  it("is iterations × bid lines over all bids × months, and 0 without Monte Carlo", () => {
    const lines = MEDCENTRAL_SCENARIO.bids.reduce((sum, bid) => sum + bid.lines.length, 0);
    expect(monteCarloWork({ ...MEDCENTRAL_SCENARIO, monteCarlo: { iterations: 1_000, seed: 1 } })).toBe(1_000 * lines * MEDCENTRAL_SCENARIO.termMonths);
    expect(monteCarloWork({ ...MEDCENTRAL_SCENARIO, monteCarlo: undefined })).toBe(0);
    const bids = [{ lines: [{}, {}, {}] }, { lines: [{}] }] as unknown as typeof MEDCENTRAL_SCENARIO.bids;
    expect(monteCarloWork({ termMonths: 24, bids, monteCarlo: { iterations: 10, seed: 0 } })).toBe(10 * 4 * 24);
  });

  it("says the work asked for and the limit", () => {
    expect(monteCarloWorkMessage(3_000_000_000)).toBe(
      `Too much work: iterations × bid lines × months is 3,000,000,000, at most ${MAX_MONTE_CARLO_WORK.toLocaleString("en-US")} is allowed. Ask for fewer iterations.`,
    );
  });
});
