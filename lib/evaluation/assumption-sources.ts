import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES, type AssumptionName } from "@/lib/tco/assumptions";
import { sameUncertain, type Uncertain } from "@/lib/tco/uncertain";

export interface AssumptionRow {
  name: AssumptionName;
  label: string;
  unit: string;
  value: Uncertain;
  /** "Organisation default", MODEL.md's published source, or "Set for this evaluation". */
  source: string;
}

type Assumptions = Partial<Record<AssumptionName, Uncertain>>;

/**
 * Every assumption an evaluation uses (its stored value, else MODEL.md's default) with where the
 * value comes from: the organisation's default (with the source the admin gave) when it equals it,
 * MODEL.md's source when it is MODEL.md's figure, else set for this evaluation.
 */
export function assumptionRows(assumptions: Assumptions, organizationDefaults: Assumptions, organizationSources: Partial<Record<AssumptionName, string>> = {}): AssumptionRow[] {
  return ASSUMPTION_NAMES.map((name) => {
    const d = ASSUMPTION_DEFAULTS[name];
    const value = assumptions[name] ?? d.value;
    const organization = organizationDefaults[name];
    const own = organizationSources[name];
    const source =
      organization !== undefined && sameUncertain(value, organization)
        ? own
          ? `Organisation default: ${own}`
          : "Organisation default"
        : sameUncertain(value, d.value)
          ? d.source
          : "Set for this evaluation";
    return { name, label: d.label, unit: d.unit, value, source };
  });
}
