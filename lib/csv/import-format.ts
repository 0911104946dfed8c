import type { ObservationCsvColumn } from "@/lib/csv/observation-csv";
import type { VendorCsvColumn } from "@/lib/csv/vendor-csv";

/** What each column holds, for the import page (docs/csv-import.md says the same at more length). */
export const VENDOR_COLUMN_HELP: Record<VendorCsvColumn, { required?: boolean; help: string }> = {
  name: { required: true, help: "The vendor's name: a new name adds a vendor, a known one replaces that vendor's profile with the row." },
  operating_model: { required: true, help: "GENERALIST, SPECIALIZED or AI_HYBRID (or its label, e.g. AI hybrid)." },
  ai_use: { help: "NONE, HUMAN_IN_THE_LOOP or AUTONOMOUS; blank means HUMAN_IN_THE_LOOP." },
  functions_served: { required: true, help: "Function codes separated by ;, e.g. MEDICAL_CODING;AR_FOLLOW_UP (labels such as A/R follow-up also work)." },
  fte: { help: "Staff on healthcare accounts, a whole number; blank if unknown." },
  annual_turnover_rate: { help: "A fraction (0.35) or a percentage with its sign (35 %); blank if unknown." },
  website: { help: "A full address, https://…; may be blank." },
  headquarters: { help: "City and state or country; may be blank." },
  description: { help: "Free text, up to 2,000 characters; line breaks inside quotes are kept." },
};

export const OBSERVATION_COLUMN_HELP: Record<ObservationCsvColumn, { required?: boolean; help: string }> = {
  vendor: { required: true, help: "The vendor's name exactly as in the registry (import new vendors first)." },
  metric: { required: true, help: "FIRST_PASS_RATE, CODING_ACCURACY, DENIAL_RATE, REWORK_RATE, OVERTURN_RATE or STAFF_TURNOVER, or the metric's label." },
  value: { required: true, help: "A fraction (0.95) or a percentage with its sign (95 %)." },
  as_of: { required: true, help: "The date the figure is for, ISO 8601: 2026-08-29. Not in the future." },
  source: { required: true, help: "VENDOR_CLAIMED, REFERENCE_CHECK, CLIENT_MEASURED or AUDITED, or its label." },
  method: { help: "How it was measured: CODE, CLAIM or FINANCIAL (coding accuracy), HFMA_MAP_KEY or VENDOR_DEFINED; may be blank." },
  notes: { help: "Free text, up to 1,000 characters." },
};
