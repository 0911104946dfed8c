import type { ObservationCsvColumn } from "@/lib/csv/observation-csv";
import type { VendorCsvColumn } from "@/lib/csv/vendor-csv";

/** Example rows of the downloadable templates (docs/csv-import.md shows the same). */
export const VENDOR_TEMPLATE_ROWS: Record<VendorCsvColumn, string>[] = [
  {
    name: "Example Coding Partners",
    operating_model: "SPECIALIZED",
    ai_use: "HUMAN_IN_THE_LOOP",
    functions_served: "MEDICAL_CODING;CLINICAL_DOCUMENTATION_IMPROVEMENT",
    fte: "120",
    annual_turnover_rate: "0.18",
    website: "https://coding.example",
    headquarters: "Nashville, Tennessee",
    description: "Certified coders (CPC, CCS) for inpatient and outpatient coding",
  },
];

export const OBSERVATION_TEMPLATE_ROWS: Record<ObservationCsvColumn, string>[] = [
  { vendor: "Example Coding Partners", metric: "CODING_ACCURACY", value: "96.8 %", as_of: "2026-08-29", source: "AUDITED", method: "CLAIM", notes: "Quarterly audit sample of 400 claims" },
  { vendor: "Example Coding Partners", metric: "DENIAL_RATE", value: "0.071", as_of: "2026-09-30", source: "CLIENT_MEASURED", method: "HFMA_MAP_KEY", notes: "" },
];
