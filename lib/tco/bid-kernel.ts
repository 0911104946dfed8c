import { ASSUMPTION_SLOT as AS, BID, FN, LINE, type CompiledScenario } from "@/lib/tco/compile-scenario";

/** TCO components in the order of the components array (all USD over the term). */
export const COMPONENT_NAMES = [
  "fees",
  "reworkCost",
  "writeOffs",
  "leakage",
  "auditExposure",
  "delayCost",
  "turnoverCost",
  "complianceRisk",
  "oversight",
  "implementationFee",
] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

/** Indexes into the derived-constant vector of one iteration. */
const K_REWORK = 0;
const K_LEAK = 1;
const K_AUDIT = 2;
const K_DELAY = 3;
const K_RAMP = 4;
const K_DEPARTURE = 5;
const K_BREACH_AT_ZERO = 6;
const K_BREACH_SLOPE = 7;
export const CONSTANT_COUNT = 8;

/** Per-month constants that depend only on assumptions, computed once per iteration. */
export function deriveConstants(p: Float64Array, out: Float64Array): void {
  const u = p[AS.undercodeShare];
  out[K_REWORK] = p[AS.reworkCostPerDenial];
  out[K_LEAK] = u * p[AS.undercodeLoss];
  out[K_AUDIT] = ((1 - u) * p[AS.auditRate] * p[AS.recoupmentMultiplier]) / 12;
  out[K_DELAY] = (p[AS.costOfCapital] * p[AS.delayDays]) / 365;
  out[K_RAMP] = p[AS.rampMonths];
  out[K_DEPARTURE] = p[AS.departureCost];
  out[K_BREACH_AT_ZERO] = (p[AS.breachProbAtZero] * p[AS.breachCost]) / 12;
  out[K_BREACH_SLOPE] = ((p[AS.breachProbAtZero] - p[AS.breachProbAtFull]) * p[AS.breachCost]) / 12;
}

/** Scratch space for one bid's evaluation: costs of the ramp months and the steady month. */
export interface BidWorkspace {
  /** ramp[j] = cost of month j+1 (USD) without the implementation fee, for j < k. */
  ramp: Float64Array;
  /** Number of ramp months (ramp weight < 1) within the term. */
  k: number;
  /** Cost of every month after the ramp (USD), without the implementation fee. */
  steady: number;
  implementationFee: number;
  /** Components summed over the term (USD), filled only when requested. */
  components: Float64Array;
}

export function createWorkspace(maxRampMonths: number): BidWorkspace {
  return { ramp: new Float64Array(Math.max(1, Math.ceil(maxRampMonths))), k: 0, steady: 0, implementationFee: 0, components: new Float64Array(COMPONENT_NAMES.length) };
}

/** A month's line-level cost (USD); when comp is given, each component × mult is added to it. */
function monthTotal(comp: Float64Array | null, mult: number, fees: number, rework: number, writeOffs: number, leakage: number, audit: number, delay: number): number {
  if (comp !== null) {
    comp[0] += fees * mult;
    comp[1] += rework * mult;
    comp[2] += writeOffs * mult;
    comp[3] += leakage * mult;
    comp[4] += audit * mult;
    comp[5] += delay * mult;
  }
  return fees + rework + writeOffs + leakage + audit + delay;
}

/**
 * Cost of one line in one month (USD) at ramp weight w (MODEL.md §5 "Month m of one line");
 * rates move from the function's baseline (block fo) toward the line's own (block lo).
 * When comp is given, each component × mult is added to it.
 */
function lineMonthCost(p: Float64Array, lo: number, fo: number, pricing: number, w: number, K: Float64Array, comp: Float64Array | null, mult: number): number {
  const V = p[fo + FN.volume];
  const A = p[fo + FN.revenue];
  const b = fo + FN.rates;
  const v = lo + LINE.rates;
  let d: number, r: number, o: number, q: number, fp: number;
  if (w >= 1) {
    d = p[v];
    r = p[v + 1];
    o = p[v + 2];
    q = p[v + 3];
    fp = p[v + 4];
  } else {
    d = p[b] + w * (p[v] - p[b]);
    r = p[b + 1] + w * (p[v + 1] - p[b + 1]);
    o = p[b + 2] + w * (p[v + 2] - p[b + 2]);
    q = p[b + 3] + w * (p[v + 3] - p[b + 3]);
    fp = p[b + 4] + w * (p[v + 4] - p[b + 4]);
  }
  const denials = V * d;
  const rework = denials * r * K[K_REWORK];
  const writeOffs = denials * (1 - r * o) * A;
  const miscoded = V * (1 - q) * A;
  const leakage = miscoded * K[K_LEAK];
  const audit = miscoded * K[K_AUDIT];
  const delay = V * (1 - fp) * A * K[K_DELAY];
  const rate = p[lo + LINE.rate];
  let fees: number;
  if (pricing === 0) fees = rate * p[lo + LINE.hours];
  else if (pricing === 1) fees = rate * p[lo + LINE.fte];
  else if (pricing === 2) fees = rate * V;
  else {
    // Collections cannot be negative even under extreme audit assumptions; fees follow them.
    const collected = V * A - writeOffs - leakage - audit;
    fees = collected > 0 ? rate * collected : 0;
  }
  const minimum = p[lo + LINE.minimum];
  if (fees < minimum) fees = minimum;
  return monthTotal(comp, mult, fees, rework, writeOffs, leakage, audit, delay);
}

/**
 * One function's monthly cost under today's arrangement (USD): steady-state losses at its
 * baseline profile plus its baselineMonthlyCost as fees. Components × mult go into comp.
 */
function baselineFunctionCost(p: Float64Array, fo: number, K: Float64Array, comp: Float64Array | null, mult: number): number {
  const V = p[fo + FN.volume];
  const A = p[fo + FN.revenue];
  const b = fo + FN.rates;
  const denials = V * p[b];
  const rework = denials * p[b + 1] * K[K_REWORK];
  const writeOffs = denials * (1 - p[b + 1] * p[b + 2]) * A;
  const miscoded = V * (1 - p[b + 3]) * A;
  const leakage = miscoded * K[K_LEAK];
  const audit = miscoded * K[K_AUDIT];
  const delay = V * (1 - p[b + 4]) * A * K[K_DELAY];
  const fees = p[fo + FN.monthlyCost];
  return monthTotal(comp, mult, fees, rework, writeOffs, leakage, audit, delay);
}

/**
 * The baseline's monthly cost (USD): every function at today's arrangement; no ramp,
 * turnover or compliance terms.
 */
export function baselineMonthlyCost(c: CompiledScenario, p: Float64Array, K: Float64Array, comp: Float64Array | null = null): number {
  let total = 0;
  for (let f = 0; f < c.functionCount; f++) total += baselineFunctionCost(p, c.functionOffset[f], K, comp, 1);
  return total;
}

/** Number of ramp months (weight m/R < 1) within a term of T months. */
export function rampMonthCount(rampMonths: number, termMonths: number): number {
  const k = rampMonths > 0 ? Math.ceil(rampMonths) - 1 : 0;
  return k > termMonths ? termMonths : k;
}

/**
 * One bid's TCO over the term (USD). Every month after the ramp costs the same, so the term
 * is Σ ramp months + (T − k) × steady month + implementation fee, with no per-month loop.
 * Fills ws (and ws.components when withComponents) for payback and the monthly series.
 */
export function evaluateBidCost(c: CompiledScenario, p: Float64Array, K: Float64Array, b: number, ws: BidWorkspace, withComponents = false): number {
  const T = c.termMonths;
  const R = K[K_RAMP];
  const k = rampMonthCount(R, T);
  const nSteady = T - k;
  const bo = c.bidOffset[b];
  const implementationFee = p[bo + BID.implementationFee];
  const oversight = p[bo + BID.oversight];
  const turnover = ((p[bo + BID.fte] * p[bo + BID.turnover]) / 12) * K[K_DEPARTURE];
  const compliance = K[K_BREACH_AT_ZERO] - K[K_BREACH_SLOPE] * p[bo + BID.maturity];
  const comp = withComponents ? ws.components : null;
  if (comp !== null) {
    comp.fill(0);
    comp[6] = turnover * T;
    comp[7] = compliance * T;
    comp[8] = oversight * T;
    comp[9] = implementationFee;
  }
  // Functions the bid does not cover stay at today's cost every month (see compileScenario).
  let uncovered = 0;
  for (let u = c.uncoveredStart[b]; u < c.uncoveredStart[b + 1]; u++) uncovered += baselineFunctionCost(p, c.uncoveredOffset[u], K, comp, T);
  const bidLevel = turnover + compliance + oversight + uncovered;
  const ramp = ws.ramp;
  for (let j = 0; j < k; j++) ramp[j] = 0;
  let steady = bidLevel;
  // Ramp months: every term of a line's month cost except percent-of-collections fees is a
  // polynomial of degree ≤ 3 in the ramp weight w (d·r·o is cubic), so the bid's ramp months
  // come from one summed polynomial instead of one full evaluation per line and month.
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  const kRework = K[K_REWORK];
  const kLoss = K[K_LEAK] + K[K_AUDIT];
  const kDelay = K[K_DELAY];
  const end = c.lineStart[b + 1];
  for (let l = c.lineStart[b]; l < end; l++) {
    const lo = c.lineOffset[l];
    const fo = c.lineFunctionOffset[l];
    const pricing = c.linePricing[l];
    if (nSteady > 0) steady += lineMonthCost(p, lo, fo, pricing, 1, K, comp, nSteady);
    if (k === 0) continue;
    if (comp !== null) for (let j = 0; j < k; j++) lineMonthCost(p, lo, fo, pricing, (j + 1) / R, K, comp, 1);
    const V = p[fo + FN.volume];
    const VA = V * p[fo + FN.revenue];
    const bo0 = fo + FN.rates;
    const v0 = lo + LINE.rates;
    const d0 = p[bo0];
    const dd = p[v0] - d0;
    const r0 = p[bo0 + 1];
    const dr = p[v0 + 1] - r0;
    const o0 = p[bo0 + 2];
    const dO = p[v0 + 2] - o0;
    const q0 = p[bo0 + 3];
    const dq = p[v0 + 3] - q0;
    const f0 = p[bo0 + 4];
    const df = p[v0 + 4] - f0;
    const x0 = d0 * r0; // d·r
    const x1 = d0 * dr + dd * r0;
    const x2 = dd * dr;
    const y0 = x0 * o0; // d·r·o
    const y1 = x0 * dO + x1 * o0;
    const y2 = x1 * dO + x2 * o0;
    const y3 = x2 * dO;
    const vr = V * kRework;
    const la = VA * kLoss;
    const dl = VA * kDelay;
    // rework V·d·r·c + write-offs V·A·(d − d·r·o) + leakage and audit V·A·(1−q)·k + delay V·A·(1−p)·k
    c0 += vr * x0 + VA * (d0 - y0) + la * (1 - q0) + dl * (1 - f0);
    c1 += vr * x1 + VA * (dd - y1) - la * dq - dl * df;
    c2 += vr * x2 - VA * y2;
    c3 -= VA * y3;
    const rate = p[lo + LINE.rate];
    const minimum = p[lo + LINE.minimum];
    if (pricing === 3) {
      // collected = V·A − write-offs − leakage − audit, also cubic in w; fees clamp per month.
      const g0 = VA - VA * (d0 - y0) - la * (1 - q0);
      const g1 = -VA * (dd - y1) + la * dq;
      const g2 = VA * y2;
      const g3 = VA * y3;
      for (let j = 0; j < k; j++) {
        const w = (j + 1) / R;
        const collected = ((g3 * w + g2) * w + g1) * w + g0;
        const fees = collected > 0 ? rate * collected : 0;
        ramp[j] += fees < minimum ? minimum : fees;
      }
    } else {
      const fees = pricing === 0 ? rate * p[lo + LINE.hours] : pricing === 1 ? rate * p[lo + LINE.fte] : rate * V;
      c0 += fees < minimum ? minimum : fees;
    }
  }
  for (let j = 0; j < k; j++) {
    const w = (j + 1) / R;
    ramp[j] += bidLevel + (((c3 * w + c2) * w + c1) * w + c0);
  }
  ws.k = k;
  ws.steady = steady;
  ws.implementationFee = implementationFee;
  let tco = implementationFee + nSteady * steady;
  for (let j = 0; j < k; j++) tco += ramp[j];
  return tco;
}

/**
 * The first month (1-based) at which cumulative net benefit against the baseline is ≥ 0;
 * 0 when none within the term. After the ramp the benefit grows linearly, so the month is
 * found in closed form and the arithmetic matches cumulativeNetBenefit exactly.
 */
export function paybackMonth(baselineMonthly: number, ws: BidWorkspace, T: number): number {
  let S = 0;
  const k = ws.k;
  for (let j = 0; j < k; j++) {
    S += baselineMonthly - (ws.ramp[j] + (j === 0 ? ws.implementationFee : 0));
    if (S >= 0) return j + 1;
  }
  if (k >= T) return 0;
  let m0 = k;
  if (k === 0) {
    S = baselineMonthly - (ws.steady + ws.implementationFee);
    if (S >= 0) return 1;
    m0 = 1;
  }
  const D = baselineMonthly - ws.steady;
  if (!(D > 0)) return 0;
  const need = -S / D;
  if (need > T) return 0;
  let n = Math.max(1, Math.ceil(need));
  while (n > 1 && S + (n - 1) * D >= 0) n--;
  while (n <= T - m0 && S + n * D < 0) n++;
  return n <= T - m0 ? m0 + n : 0;
}

/** Monthly cost, net benefit and cumulative net benefit (USD) for months 1…T, consistent with paybackMonth. */
export function monthlySeries(baselineMonthly: number, ws: BidWorkspace, T: number): { cost: Float64Array; netBenefit: Float64Array; cumulative: Float64Array } {
  const cost = new Float64Array(T);
  const netBenefit = new Float64Array(T);
  const cumulative = new Float64Array(T);
  const k = ws.k;
  let S = 0;
  for (let j = 0; j < k; j++) {
    cost[j] = ws.ramp[j] + (j === 0 ? ws.implementationFee : 0);
    netBenefit[j] = baselineMonthly - cost[j];
    S += netBenefit[j];
    cumulative[j] = S;
  }
  if (k >= T) return { cost, netBenefit, cumulative };
  let m0 = k;
  if (k === 0) {
    cost[0] = ws.steady + ws.implementationFee;
    netBenefit[0] = baselineMonthly - cost[0];
    S = netBenefit[0];
    cumulative[0] = S;
    m0 = 1;
  }
  const D = baselineMonthly - ws.steady;
  for (let m = m0 + 1; m <= T; m++) {
    cost[m - 1] = ws.steady;
    netBenefit[m - 1] = D;
    cumulative[m - 1] = S + (m - m0) * D;
  }
  return { cost, netBenefit, cumulative };
}
