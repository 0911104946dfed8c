import { uncertainText, type UncertainText } from "@/components/evaluations/uncertain-defaults";
import { percentInputFromFraction } from "@/lib/format";
import { isFractionAssumption } from "@/lib/schemas/evaluation-form";
import { TABLE_ASSUMPTIONS } from "@/lib/schemas/organization-defaults";
import type { DefaultCriterionKey } from "@/lib/scoring/criteria";
import { modeOf, type Uncertain } from "@/lib/tco/uncertain";
import type { AssumptionName } from "@/lib/tco/assumptions";

/** What the defaults form's fields show first, in the form's units (percent fields as percent text). */
export interface OrganizationDefaultsFormDefaults {
  version: string;
  assumptions: Record<string, UncertainText>;
  claimHaircut: string;
  sources: Record<string, string>;
  weights: Record<string, string>;
}

export function organizationDefaultsFormValues(defaults: {
  version: number;
  assumptions: Record<AssumptionName, Uncertain>;
  sources: Partial<Record<AssumptionName, string>>;
  weights: Record<DefaultCriterionKey, number>;
}): OrganizationDefaultsFormDefaults {
  return {
    version: String(defaults.version),
    assumptions: Object.fromEntries(TABLE_ASSUMPTIONS.map((name) => [name, uncertainText(defaults.assumptions[name], isFractionAssumption(name))])),
    claimHaircut: percentInputFromFraction(modeOf(defaults.assumptions.claimHaircut)),
    sources: Object.fromEntries(Object.entries(defaults.sources).map(([name, text]) => [name, text ?? ""])),
    weights: Object.fromEntries(Object.entries(defaults.weights).map(([key, w]) => [key, String(w)])),
  };
}
