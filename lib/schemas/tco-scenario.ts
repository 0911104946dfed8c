import { z } from "zod";
import type { TcoScenario as EngineScenario } from "@/lib/tco/scenario";
import { BidPricingSchema } from "@/lib/schemas/bid-pricing";
import { HealthcareFunctionSchema } from "@/lib/schemas/healthcare-function";
import { OperatingModelSchema } from "@/lib/schemas/operating-model";
import { PerformanceProfileSchema } from "@/lib/schemas/performance-profile";
import { fraction, nonNegative, uncertain } from "@/lib/schemas/range";
import { TcoAssumptionsSchema } from "@/lib/schemas/tco-assumptions";
import { singleLine } from "@/lib/schemas/text";
import { MAX_MONTE_CARLO_WORK, monteCarloWork, monteCarloWorkMessage } from "@/lib/tco/monte-carlo-work";

/** Caps that keep one request's work bounded (the body limit is 1 MB anyway). */
export const TCO_LIMITS = {
  maxFunctions: 50,
  maxBids: 50,
  maxIterations: 100_000,
  /**
   * iterations × bid lines: the engine's closed form makes a short term hardly cheaper, so this
   * holds beside the line-months cap (lib/tco/monte-carlo-work.ts); 50 M takes about 6 s on one core.
   */
  maxMonteCarloLineIterations: 50_000_000,
} as const;

const key = singleLine(z.string({ error: "Expected a string" }).trim().min(1, "Must not be empty").max(100, "At most 100 characters"));

const money = (description: string) => uncertain(nonNegative(1e12), description);

export const ScenarioFunctionSchema = z
  .object({
    key: key.describe("Identifier of this function line; bid lines refer to it"),
    function: HealthcareFunctionSchema,
    volumePerMonth: uncertain(nonNegative(1e9), "Units (claims, cases, calls) per month"),
    revenuePerUnit: uncertain(nonNegative(1e9), "Expected reimbursement per unit, USD; 0 for functions that bear no revenue"),
    baseline: PerformanceProfileSchema.extend({
      monthlyCost: money("Today's cost of the function, USD per month"),
    }).describe("Today's arrangement: its performance profile and monthly cost"),
  })
  .strict();

export const BidLineSchema = z
  .object({
    function: key.describe("A functions[].key"),
    pricing: BidPricingSchema,
    performance: PerformanceProfileSchema,
  })
  .strict();

export const ScenarioBidSchema = z
  .object({
    id: key.describe("Identifier of the bid, echoed in the response"),
    vendorModel: OperatingModelSchema,
    implementationFee: money("One-off implementation fee, USD, charged in month 1; default 0").optional(),
    oversightPerMonth: money("Buyer's own management cost, USD per month; default 0").optional(),
    fte: uncertain(nonNegative(1e6), "Vendor staff on the account, FTE; default 0").optional(),
    turnoverRate: uncertain(nonNegative(10), "Annual staff turnover (fraction per year; 0.35 = 35 %); default 0").optional(),
    complianceMaturity: uncertain(fraction(), "Compliance maturity 0–1 (MODEL.md §2); default 0, the highest breach risk").optional(),
    lines: z.array(BidLineSchema).min(1, "A bid needs at least one line").max(TCO_LIMITS.maxFunctions),
  })
  .strict();

export const MonteCarloSettingsSchema = z
  .object({
    iterations: z.number({ error: "Expected a number" }).int("Must be a whole number").min(1, "Must be at least 1").max(TCO_LIMITS.maxIterations, `Must be at most ${TCO_LIMITS.maxIterations}`).describe("Monte Carlo iterations"),
    seed: z.number({ error: "Expected a number" }).int("Must be a whole number").min(0, "Must be at least 0").max(4294967295, "Must fit in 32 bits (at most 4294967295)").describe("Seed of the generator: same seed, same numbers"),
  })
  .strict();

/** The whole scenario POST /api/v1/tco takes (MODEL.md §5 inputs). Rates are fractions; money is USD. */
export const TcoScenarioSchema = z
  .object({
    termMonths: z.number({ error: "Expected a number" }).int("Must be a whole number of months").min(1, "Must be at least 1").max(120, "Must be at most 120").describe("Contract term, months"),
    assumptions: TcoAssumptionsSchema.optional(),
    functions: z.array(ScenarioFunctionSchema).min(1, "At least one function is required").max(TCO_LIMITS.maxFunctions, `At most ${TCO_LIMITS.maxFunctions} functions`),
    bids: z.array(ScenarioBidSchema).min(1, "At least one bid is required").max(TCO_LIMITS.maxBids, `At most ${TCO_LIMITS.maxBids} bids`),
    monteCarlo: MonteCarloSettingsSchema.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const keys = new Set<string>();
    s.functions.forEach((f, i) => {
      if (keys.has(f.key)) ctx.addIssue({ code: "custom", path: ["functions", i, "key"], message: `Duplicate function key "${f.key}"` });
      keys.add(f.key);
    });
    const ids = new Set<string>();
    let lines = 0;
    s.bids.forEach((bid, b) => {
      if (ids.has(bid.id)) ctx.addIssue({ code: "custom", path: ["bids", b, "id"], message: `Duplicate bid id "${bid.id}"` });
      ids.add(bid.id);
      const seen = new Set<string>();
      bid.lines.forEach((line, l) => {
        lines++;
        if (!keys.has(line.function)) ctx.addIssue({ code: "custom", path: ["bids", b, "lines", l, "function"], message: `Unknown function key "${line.function}"; use one of functions[].key` });
        else if (seen.has(line.function)) ctx.addIssue({ code: "custom", path: ["bids", b, "lines", l, "function"], message: `The bid already has a line for "${line.function}"` });
        seen.add(line.function);
      });
    });
    const work = monteCarloWork(s);
    if (s.monteCarlo && work > MAX_MONTE_CARLO_WORK) {
      ctx.addIssue({ code: "custom", path: ["monteCarlo", "iterations"], message: monteCarloWorkMessage(work) });
    } else if (s.monteCarlo && s.monteCarlo.iterations * lines > TCO_LIMITS.maxMonteCarloLineIterations) {
      ctx.addIssue({
        code: "custom",
        path: ["monteCarlo", "iterations"],
        message: `Too much work: iterations × bid lines (${lines}) must be at most ${TCO_LIMITS.maxMonteCarloLineIterations.toLocaleString("en-US")}`,
      });
    }
  })
  .describe("A TCO scenario: the buyer's functions with baseline, assumptions and bids");
export type TcoScenario = z.infer<typeof TcoScenarioSchema>;

// Compile-time check: the schema's output is something the engine accepts.
type Assert<T extends true> = T;
type _EngineAcceptsScenario = Assert<TcoScenario extends EngineScenario ? true : false>;
