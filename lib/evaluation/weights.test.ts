import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportion, decodeWeights, encodeWeights, intervalAsShares, setPercentage, toPercentages } from "@/lib/evaluation/weights";

describe("weights as percentages", () => {
  it("MODEL.md's defaults are already percentages", () => {
    expect(toPercentages([20, 20, 15, 15, 10, 5, 15])).toEqual([20, 20, 15, 15, 10, 5, 15]);
  });
  it("rounds by largest remainder to a total of exactly 100", () => {
    expect(toPercentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(toPercentages([0, 0])).toEqual([0, 0]);
    expect(apportion([2, 1], 10)).toEqual([7, 3]);
  });
  it("setting one weight rescales the others in proportion", () => {
    expect(setPercentage([20, 20, 15, 15, 10, 5, 15], 1, 60)).toEqual([10, 60, 8, 8, 5, 2, 7]);
    expect(setPercentage([100, 0, 0], 0, 40)).toEqual([40, 30, 30]);
    expect(setPercentage([50, 50], 0, 130)).toEqual([100, 0]);
  });
  it("property: the total is always 100, the edited value is kept, nothing is negative", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(100), { minLength: 2, maxLength: 9 }), fc.nat(8), fc.integer({ min: -20, max: 120 }), (raw, at, value) => {
        const start = toPercentages(raw.some((x) => x > 0) ? raw : raw.map(() => 1));
        const index = at % start.length;
        const next = setPercentage(start, index, value);
        expect(next.reduce((a, b) => a + b, 0)).toBe(100);
        expect(next[index]).toBe(Math.min(100, Math.max(0, value)));
        expect(next.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
      }),
    );
  });
  it("round-trips through the URL and refuses what is not one whole number per criterion", () => {
    expect(decodeWeights(encodeWeights([20, 20, 15, 15, 10, 5, 15]), 7)).toEqual([20, 20, 15, 15, 10, 5, 15]);
    expect(decodeWeights("20-20", 7)).toBeNull();
    expect(decodeWeights("0-0-0", 3)).toBeNull();
    expect(decodeWeights("1.5-2-3", 3)).toBeNull();
    expect(decodeWeights("-1-2-3", 3)).toBeNull();
    expect(decodeWeights(undefined, 3)).toBeNull();
  });
  it("turns a weight interval into shares of the total", () => {
    // Others total 80: a weight of 20 is 20 %, of 120 is 60 %.
    expect(intervalAsShares({ key: "x", weight: 20, low: 20, high: 120 }, [20, 50, 30], 0)).toEqual({ low: 0.2, high: 0.6 });
    expect(intervalAsShares({ key: "x", weight: 20, low: 0, high: null }, [20, 50, 30], 0)).toEqual({ low: 0, high: null });
  });
});
