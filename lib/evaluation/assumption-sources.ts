import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES, type AssumptionName } from "@/lib/tco/assumptions";
import type { Uncertain } from "@/lib/tco/uncertain";
import type { StoredEvaluation } from "@/lib/evaluation/stored-evaluation";

export interface AssumptionRow {
  name: AssumptionName;
  label: string;
  unit: string;
  value: Uncertain;
  /** "Set for this evaluation", "Organisation default", or MODEL.md's published source. */
  source: string;
}

/** Every assumption an evaluation's results used, with where its value came from (evaluation, organisation, MODEL.md). */
export function assumptionRows(stored: Pick<StoredEvaluation, "assumptions" | "organizationAssumptions">): AssumptionRow[] {
  return ASSUMPTION_NAMES.map((name) => {
    const d = ASSUMPTION_DEFAULTS[name];
    const own = stored.assumptions[name];
    const organization = stored.organizationAssumptions[name];
    const value = own ?? organization ?? d.value;
    const source = own !== undefined ? "Set for this evaluation" : organization !== undefined ? "Organisation default" : d.source;
    return { name, label: d.label, unit: d.unit, value, source };
  });
}
