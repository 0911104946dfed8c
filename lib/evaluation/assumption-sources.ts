import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES, type AssumptionName } from "@/lib/tco/assumptions";
import type { Uncertain } from "@/lib/tco/uncertain";

export interface AssumptionRow {
  name: AssumptionName;
  label: string;
  unit: string;
  value: Uncertain;
  /** "Organisation default", MODEL.md's published source, or "Set for this evaluation". */
  source: string;
}

type Assumptions = Partial<Record<AssumptionName, Uncertain>>;
const same = (a: Uncertain | undefined, b: Uncertain | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every assumption an evaluation uses (its stored value, else MODEL.md's default) with where the
 * value comes from: the organisation's default when it equals it, MODEL.md's source when it is
 * MODEL.md's figure, else set for this evaluation.
 */
export function assumptionRows(assumptions: Assumptions, organizationDefaults: Assumptions): AssumptionRow[] {
  return ASSUMPTION_NAMES.map((name) => {
    const d = ASSUMPTION_DEFAULTS[name];
    const value = assumptions[name] ?? d.value;
    const organization = organizationDefaults[name];
    const source = organization !== undefined && same(value, organization) ? "Organisation default" : same(value, d.value) ? d.source : "Set for this evaluation";
    return { name, label: d.label, unit: d.unit, value, source };
  });
}
