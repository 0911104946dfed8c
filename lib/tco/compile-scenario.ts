import { ASSUMPTION_NAMES, resolveAssumptions } from "@/lib/tco/assumptions";
import { PERFORMANCE_RATES, PRICING_MODELS, type TcoScenario } from "@/lib/tco/scenario";
import { isSpread, modeOf, type Uncertain } from "@/lib/tco/uncertain";

/** Slot offsets inside one function's block of the parameter vector. */
export const FN = { volume: 0, revenue: 1, rates: 2, monthlyCost: 7, size: 8 } as const;
/** Slot offsets inside one bid line's block. */
export const LINE = { rate: 0, hours: 1, fte: 2, minimum: 3, rates: 4, size: 9 } as const;
/** Slot offsets inside one bid's block. */
export const BID = { implementationFee: 0, oversight: 1, fte: 2, turnover: 3, maturity: 4, size: 5 } as const;
export const ASSUMPTION_SLOT = Object.fromEntries(ASSUMPTION_NAMES.map((n, i) => [n, i])) as Record<(typeof ASSUMPTION_NAMES)[number], number>;

/** An input given as a range with low < high: drawn in Monte Carlo, swung in the tornado. */
export interface RangedSlot {
  slot: number;
  low: number;
  mode: number;
  high: number;
  /** -1 for a shared scenario input (assumption, function, baseline); else the bid's index. */
  owner: number;
  /** The input's path in the request, e.g. "bids.0.lines.1.performance.denialRate". */
  path: string;
}

/**
 * A scenario flattened into one Float64Array of parameters (at their modes) plus index
 * tables, so the kernel reads numbers by offset and Monte Carlo only overwrites ranged slots.
 */
export interface CompiledScenario {
  termMonths: number;
  params: Float64Array;
  functionCount: number;
  functionOffset: Int32Array;
  bidIds: string[];
  qualified: boolean[];
  bidOffset: Int32Array;
  /** Lines of bid b are lineStart[b] … lineStart[b+1]−1. */
  lineStart: Int32Array;
  lineOffset: Int32Array;
  lineFunctionOffset: Int32Array;
  /**
   * Functions in scope that bid b has no line for: offsets of their function blocks are
   * uncoveredOffset[uncoveredStart[b]] … uncoveredOffset[uncoveredStart[b+1]−1].
   */
  uncoveredStart: Int32Array;
  uncoveredOffset: Int32Array;
  /** Index into PRICING_MODELS. */
  linePricing: Uint8Array;
  ranges: RangedSlot[];
}

/** Flattens a validated scenario; a line whose function key is unknown is an error. */
export function compileScenario(scenario: TcoScenario): CompiledScenario {
  const values: number[] = [];
  const ranges: RangedSlot[] = [];
  const push = (x: Uncertain | undefined, owner: number, path: string) => {
    const slot = values.length;
    values.push(modeOf(x));
    if (isSpread(x)) ranges.push({ slot, low: x.low, mode: x.mode, high: x.high, owner, path });
  };
  const assumptions = resolveAssumptions(scenario.assumptions);
  for (const name of ASSUMPTION_NAMES) push(assumptions[name], -1, `assumptions.${name}`);

  const functionIndex = new Map<string, number>();
  const functionOffset = new Int32Array(scenario.functions.length);
  scenario.functions.forEach((f, i) => {
    functionIndex.set(f.key, i);
    functionOffset[i] = values.length;
    const path = `functions.${i}`;
    push(f.volumePerMonth, -1, `${path}.volumePerMonth`);
    push(f.revenuePerUnit, -1, `${path}.revenuePerUnit`);
    for (const rate of PERFORMANCE_RATES) push(f.baseline[rate], -1, `${path}.baseline.${rate}`);
    push(f.baseline.monthlyCost, -1, `${path}.baseline.monthlyCost`);
  });

  const bidOffset = new Int32Array(scenario.bids.length);
  const lineStart = new Int32Array(scenario.bids.length + 1);
  const lineOffset: number[] = [];
  const lineFunctionOffset: number[] = [];
  const linePricing: number[] = [];
  const uncoveredStart = new Int32Array(scenario.bids.length + 1);
  const uncoveredOffset: number[] = [];
  scenario.bids.forEach((bid, b) => {
    const path = `bids.${b}`;
    bidOffset[b] = values.length;
    push(bid.implementationFee, b, `${path}.implementationFee`);
    push(bid.oversightPerMonth, b, `${path}.oversightPerMonth`);
    push(bid.fte, b, `${path}.fte`);
    push(bid.turnoverRate, b, `${path}.turnoverRate`);
    push(bid.complianceMaturity, b, `${path}.complianceMaturity`);
    lineStart[b] = lineOffset.length;
    bid.lines.forEach((line, l) => {
      const fi = functionIndex.get(line.function);
      if (fi === undefined) throw new Error(`${path}.lines.${l}.function: unknown function key "${line.function}"`);
      lineOffset.push(values.length);
      lineFunctionOffset.push(functionOffset[fi]);
      linePricing.push(PRICING_MODELS.indexOf(line.pricing.model));
      const lp = `${path}.lines.${l}`;
      push(line.pricing.rate, b, `${lp}.pricing.rate`);
      push(line.pricing.hoursPerMonth, b, `${lp}.pricing.hoursPerMonth`);
      push(line.pricing.fte, b, `${lp}.pricing.fte`);
      push(line.pricing.monthlyMinimum, b, `${lp}.pricing.monthlyMinimum`);
      for (const rate of PERFORMANCE_RATES) push(line.performance[rate], b, `${lp}.performance.${rate}`);
    });
    // A bid for part of the scope leaves the rest with today's arrangement: those functions
    // keep their baseline cost in the bid's TCO, so a partial bid is not cheaper by omission.
    uncoveredStart[b] = uncoveredOffset.length;
    const covered = new Set(bid.lines.map((line) => line.function));
    scenario.functions.forEach((f, i) => {
      if (!covered.has(f.key)) uncoveredOffset.push(functionOffset[i]);
    });
  });
  lineStart[scenario.bids.length] = lineOffset.length;
  uncoveredStart[scenario.bids.length] = uncoveredOffset.length;

  return {
    termMonths: scenario.termMonths,
    params: Float64Array.from(values),
    functionCount: scenario.functions.length,
    functionOffset,
    bidIds: scenario.bids.map((b) => b.id),
    qualified: scenario.bids.map((b) => b.qualified !== false),
    bidOffset,
    lineStart,
    lineOffset: Int32Array.from(lineOffset),
    lineFunctionOffset: Int32Array.from(lineFunctionOffset),
    linePricing: Uint8Array.from(linePricing),
    uncoveredStart,
    uncoveredOffset: Int32Array.from(uncoveredOffset),
    ranges,
  };
}
