import { describe, expect, it } from "vitest";
import { hashString, triangular, Xoshiro128 } from "@/lib/tco/random";

describe("the seeded generator", () => {
  // Evaluations store their seed and must give the same numbers for as long as they are kept:
  // these first draws pin the generator (xoshiro128** seeded through splitmix32) against any change.
  it("gives the recorded first draws for a seed and stream", () => {
    const a = new Xoshiro128(7);
    expect(Array.from({ length: 4 }, () => a.next())).toEqual([0.503795396303758, 0.6675709986593574, 0.6157861754763871, 0.9093150184489787]);
    const b = new Xoshiro128(0xffffffff, 0x5eed);
    expect(Array.from({ length: 4 }, () => b.next())).toEqual([0.5095068793743849, 0.41645310865715146, 0.8722704509273171, 0.8584455857053399]);
  });

  it("fill gives the same numbers as as many calls of next, and carries on where they left off", () => {
    for (const [seed, stream] of [[1, 0], [42, 0x5eed], [0xdeadbeef, 7]]) {
      const byNext = new Xoshiro128(seed, stream);
      const byFill = new Xoshiro128(seed, stream);
      const expected = Array.from({ length: 40 }, () => byNext.next());
      const out = new Float64Array(40);
      byFill.fill(out, 25);
      byFill.fill(out.subarray(25), 15);
      expect(Array.from(out)).toEqual(expected);
      expect(byFill.next()).toBe(byNext.next());
    }
  });

  it("draws are uniform on [0, 1): each tenth gets its share of 100,000 draws", () => {
    const rng = new Xoshiro128(2026, 3);
    const counts = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = rng.next();
      if (x < 0 || x >= 1) outside++;
      else counts[Math.floor(x * 10)]++;
    }
    expect(outside).toBe(0);
    // χ² with 9 degrees of freedom: 27.9 is its 0.1 % tail.
    const chi2 = counts.reduce((sum, c) => sum + (c - 10_000) ** 2 / 10_000, 0);
    expect(chi2).toBeLessThan(27.9);
  });

  it("streams of one seed are unrelated, and so are neighbouring seeds", () => {
    const first = (seed: number, stream: number) => {
      const rng = new Xoshiro128(seed, stream);
      return Array.from({ length: 3 }, () => rng.next());
    };
    expect(first(1, 0)).not.toEqual(first(1, 1));
    expect(first(1, 0)).not.toEqual(first(2, 0));
    expect(first(0, 0)).not.toEqual(first(0, 1));
  });
});

describe("hashString (FNV-1a, 32 bits)", () => {
  it("matches the published FNV-1a test vectors", () => {
    expect(hashString("")).toBe(0x811c9dc5);
    expect(hashString("a")).toBe(0xe40c292c);
    expect(hashString("foobar")).toBe(0xbf9cf968);
  });
});

describe("triangular", () => {
  it("clamps to [low, high] and puts the mode at F(mode) = (mode − low) / (high − low)", () => {
    expect(triangular(0, 10, 10, 20)).toBe(10);
    expect(triangular(0.5, 10, 10, 20)).toBeCloseTo(20 - Math.sqrt(0.5 * 100), 12);
    expect(triangular(0.5, 10, 20, 20)).toBeCloseTo(10 + Math.sqrt(0.5 * 100), 12);
    expect(triangular(0.25, 0, 5, 10)).toBeCloseTo(Math.sqrt(0.25 * 50), 12);
    expect(triangular(0.75, 0, 5, 10)).toBeCloseTo(10 - Math.sqrt(0.25 * 50), 12);
  });
});
