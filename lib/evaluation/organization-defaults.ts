import { DEFAULT_CRITERIA, DEFAULT_CRITERION_KEYS, type DefaultCriterionKey } from "@/lib/scoring/criteria";
import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES, type AssumptionName } from "@/lib/tco/assumptions";
import { sameUncertain, type Uncertain } from "@/lib/tco/uncertain";

/**
 * What an organisation stores as its defaults: only what departs from MODEL.md's, so "Reset to
 * MODEL.md defaults" is storing nothing and an untouched figure keeps MODEL.md's source.
 */
export interface StoredOrganizationDefaults {
  assumptions: Partial<Record<AssumptionName, Uncertain>>;
  /** The source of each stored assumption, as the admin wrote it. */
  assumptionSources: Partial<Record<AssumptionName, string>>;
  /** Whole percentages of every criterion, or {} for MODEL.md §4's weights. */
  criterionWeights: Partial<Record<DefaultCriterionKey, number>>;
}

/** MODEL.md §4's weights as whole percentages (they already total 100). */
export const MODEL_CRITERION_WEIGHTS = Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.key, c.weight])) as Record<DefaultCriterionKey, number>;

/** The defaults to store from everything the form shows: the figures that differ from MODEL.md's, with their sources. */
export function organizationDefaultsToStore(input: {
  assumptions: Partial<Record<AssumptionName, Uncertain | undefined>>;
  sources: Partial<Record<AssumptionName, string | undefined>>;
  weights: Record<DefaultCriterionKey, number>;
}): StoredOrganizationDefaults {
  const assumptions: StoredOrganizationDefaults["assumptions"] = {};
  const assumptionSources: StoredOrganizationDefaults["assumptionSources"] = {};
  for (const name of ASSUMPTION_NAMES) {
    const value = input.assumptions[name];
    if (value === undefined || sameUncertain(value, ASSUMPTION_DEFAULTS[name].value)) continue;
    assumptions[name] = value;
    const source = input.sources[name]?.trim();
    if (source) assumptionSources[name] = source;
  }
  return { assumptions, assumptionSources, criterionWeights: weightsDepartFromModel(input.weights) ? { ...input.weights } : {} };
}

/** True when any criterion's weight differs from MODEL.md §4's. */
export function weightsDepartFromModel(weights: Record<DefaultCriterionKey, number>): boolean {
  return DEFAULT_CRITERION_KEYS.some((key) => weights[key] !== MODEL_CRITERION_WEIGHTS[key]);
}

/** Stored sources, keeping only strings of known assumptions (the column is JSON). */
export function parseAssumptionSources(json: unknown): Partial<Record<AssumptionName, string>> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
  const out: Partial<Record<AssumptionName, string>> = {};
  for (const name of ASSUMPTION_NAMES) {
    const text = (json as Record<string, unknown>)[name];
    if (typeof text === "string" && text.trim() !== "") out[name] = text;
  }
  return out;
}

/** Stored default weights as every criterion's whole percentage (MODEL.md §4's where none is stored). */
export function criterionWeightsOf(json: unknown): Record<DefaultCriterionKey, number> {
  const stored = typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const complete = DEFAULT_CRITERION_KEYS.every((key) => typeof stored[key] === "number" && Number.isFinite(stored[key]) && (stored[key] as number) >= 0);
  return complete ? (Object.fromEntries(DEFAULT_CRITERION_KEYS.map((key) => [key, stored[key] as number])) as Record<DefaultCriterionKey, number>) : { ...MODEL_CRITERION_WEIGHTS };
}
