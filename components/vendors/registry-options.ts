import { EVIDENCE_ITEM_TABLE, EVIDENCE_ITEMS, VERIFICATION_LEVEL_FACTORS, VERIFICATION_LEVELS } from "@/lib/scoring/compliance";
import { MEASUREMENT_BASIS_DESCRIPTIONS, METRIC_DEFINITIONS, type MeasurementBasis } from "@/lib/scoring/metric-definitions";
import { METRIC_KEYS, METRIC_SOURCES, type MetricSource } from "@/lib/scoring/metric-evidence";
import type { Option } from "@/components/ui/select-field";

/** What each source means, most trustworthy first as the engine ranks them (MODEL.md §3). */
export const SOURCE_DESCRIPTIONS: Record<MetricSource, string> = {
  AUDITED: "Audited — an independent audit sample",
  CLIENT_MEASURED: "Client measured — measured on our own claims and remittances",
  REFERENCE_CHECK: "Reference check — reported by a client on a reference call",
  VENDOR_CLAIMED: "Vendor claimed — the vendor's own statement (haircut toward the benchmark)",
};

export const METRIC_OPTIONS: Option[] = METRIC_KEYS.map((metric) => ({ value: metric, label: METRIC_DEFINITIONS[metric].label }));
export const SOURCE_OPTIONS: Option[] = [...METRIC_SOURCES].reverse().map((source) => ({ value: source, label: SOURCE_DESCRIPTIONS[source] }));
export const basisOptions = (bases: readonly MeasurementBasis[]): Option[] => bases.map((basis) => ({ value: basis, label: MEASUREMENT_BASIS_DESCRIPTIONS[basis] }));
export const EVIDENCE_ITEM_OPTIONS: Option[] = EVIDENCE_ITEMS.map((item) => ({ value: item, label: `${EVIDENCE_ITEM_TABLE[item].label} (valid ${EVIDENCE_ITEM_TABLE[item].validityNote})` }));
export const LEVEL_OPTIONS: Option[] = VERIFICATION_LEVELS.map((level) => ({ value: level, label: VERIFICATION_LEVEL_FACTORS[level].label }));
