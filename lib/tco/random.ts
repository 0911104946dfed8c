/**
 * xoshiro128** (Blackman & Vigna, 2018): a small, fast 32-bit generator with a 128-bit state,
 * seeded through splitmix32 so that nearby seeds give unrelated streams.
 */
export class Xoshiro128 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    let s = (seed ^ Math.imul(stream ^ 0x9e3779b9, 0x85ebca6b)) >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** The next uniform draw in [0, 1). */
  next(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result / 4294967296;
  }

  /** Fills out[0..n-1] with uniform draws in [0, 1); the same numbers as n calls of next(). */
  fill(out: Float64Array, n: number): void {
    // State in locals: the hot Monte Carlo loop draws millions of numbers.
    let a = this.a;
    let b = this.b;
    let c = this.c;
    let d = this.d;
    for (let i = 0; i < n; i++) {
      const x = Math.imul(b, 5);
      out[i] = (Math.imul((x << 7) | (x >>> 25), 9) >>> 0) / 4294967296;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** FNV-1a of a string, so that each bid's stream follows its id, not its position in the list. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Inverse CDF of a triangular distribution with low < high, clamped to [low, high]. */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const span = high - low;
  const x = u < (mode - low) / span ? low + Math.sqrt(u * span * (mode - low)) : high - Math.sqrt((1 - u) * span * (high - mode));
  return x < low ? low : x > high ? high : x;
}
