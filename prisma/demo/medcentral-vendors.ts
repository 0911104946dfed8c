import type { DemoVendor } from "./demo-vendor";

// MedCentral's vendor registry. Names are invented; websites use the reserved .example domain.
// Performance figures sit inside the article's comparison table: generalist first-pass payment
// 65–75 %, coding accuracy 80–85 %; specialized 88–95 % and 96–99 %+; generalist staff turnover
// about 30 % above specialized (reference/specialized-vs-generalist-bpo.txt). Turnover levels
// follow QATC's 30–45 % a year for US contact centres (MODEL.md defaults; weak source).

/** The incumbent generalist: MedCentral's own measurements show its denial rate drifting up to 14 %. */
export const GLOBALIS: DemoVendor = {
  name: "Globalis Process Partners",
  website: "https://globalis-process.example",
  headquarters: "Manila, Philippines",
  description:
    "Global multi-industry BPO (retail, banking, logistics) that added a healthcare billing desk. " +
    "MedCentral's incumbent for coding, claims and A/R follow-up.",
  operatingModel: "GENERALIST",
  aiUse: "NONE",
  functionsServed: ["MEDICAL_CODING", "COMPLEX_CLAIMS_DENIALS", "AR_FOLLOW_UP", "PAYMENT_POSTING"],
  fte: 180,
  annualTurnoverRate: 0.44,
  tier: "MEASURED",
  metrics: [
    // The article's case: net patient revenue fell as denials rose over eighteen months.
    { metric: "FIRST_PASS_RATE", from: 0.74, to: 0.68 },
    { metric: "CODING_ACCURACY", from: 0.85, to: 0.81, measurementBasis: "CODE" },
    { metric: "DENIAL_RATE", from: 0.11, to: 0.14 },
    { metric: "STAFF_TURNOVER", from: 0.38, to: 0.44 },
  ],
  certifications: { CPC: 6, RHIT: 2 },
  evidence: [
    // Expires in about three weeks: the home page's "expiring soon" panel shows it.
    { item: "SOC2_TYPE_II", level: "DOCUMENTED", effective: { months: 11, days: 10 }, documentRef: "vendor-docs/globalis/soc2-type-ii.pdf" },
    { item: "HIPAA_BAA", level: "DOCUMENTED", effective: { months: 30 }, documentRef: "contracts/globalis/baa-signed.pdf" },
    { item: "HITECH_BREACH_PROCEDURE", level: "CLAIMED", effective: { months: 5 }, notes: "Said to exist; not supplied." },
    { item: "COMPLIANCE_OFFICER", level: "CLAIMED", effective: { months: 5 }, notes: "Group-wide compliance lead, not healthcare-specific." },
    // Expired two months ago: counts 0 and is flagged.
    { item: "INCIDENT_RESPONSE_DRILL", level: "DOCUMENTED", effective: { months: 14 }, documentRef: "vendor-docs/globalis/ir-drill-summary.pdf" },
  ],
};

/** The specialized bidder that commits to the article's 5 % denial rate. */
export const CADUCEUS: DemoVendor = {
  name: "Caduceus Revenue Partners",
  website: "https://caduceus-revenue.example",
  headquarters: "Nashville, Tennessee",
  description:
    "Healthcare-only revenue-cycle firm: certified inpatient coders, CDI specialists and clinical " +
    "appeal nurses working inside the client's EMR, with bi-weekly denial reviews with medical directors.",
  operatingModel: "SPECIALIZED",
  aiUse: "HUMAN_IN_THE_LOOP",
  functionsServed: [
    "MEDICAL_CODING",
    "CLINICAL_DOCUMENTATION_IMPROVEMENT",
    "COMPLEX_CLAIMS_DENIALS",
    "AR_FOLLOW_UP",
    "PRIOR_AUTHORIZATION",
  ],
  fte: 310,
  annualTurnoverRate: 0.31,
  tier: "AUDITED",
  metrics: [
    { metric: "FIRST_PASS_RATE", from: 0.9, to: 0.93 },
    { metric: "CODING_ACCURACY", from: 0.965, to: 0.975, measurementBasis: "CLAIM" },
    { metric: "DENIAL_RATE", from: 0.065, to: 0.05 },
    // Premier (2024): 54.3 % of appealed denials overturned on average; clinical appeals do better.
    { metric: "OVERTURN_RATE", from: 0.58, to: 0.61 },
    { metric: "STAFF_TURNOVER", from: 0.34, to: 0.31 },
  ],
  certifications: { CPC: 140, RHIT: 45, CCS: 60, RN: 22 },
  evidence: [
    { item: "SOC2_TYPE_II", level: "VERIFIED", effective: { months: 3 }, documentRef: "vendor-docs/caduceus/soc2-type-ii.pdf" },
    { item: "HIPAA_BAA", level: "VERIFIED", effective: { months: 2 }, documentRef: "vendor-docs/caduceus/baa-offered.pdf" },
    { item: "HITRUST_CSF", level: "VERIFIED", effective: { months: 8 }, documentRef: "vendor-docs/caduceus/hitrust-r2-letter.pdf" },
    { item: "HITECH_BREACH_PROCEDURE", level: "DOCUMENTED", effective: { months: 5 } },
    { item: "COMPLIANCE_OFFICER", level: "VERIFIED", effective: { months: 2 }, notes: "Named healthcare compliance officer, interviewed by our legal team." },
    { item: "DATA_SEGREGATION", level: "DOCUMENTED", effective: { months: 4 } },
    { item: "INCIDENT_RESPONSE_DRILL", level: "DOCUMENTED", effective: { months: 6 } },
    { item: "CLEAN_EXTERNAL_AUDIT", level: "VERIFIED", effective: { months: 3 } },
  ],
};

/** The AI-hybrid bidder: NLP reads the chart, a certified coder confirms. */
export const SYNAPSE: DemoVendor = {
  name: "Synapse Health Automation",
  website: "https://synapse-health-automation.example",
  headquarters: "Austin, Texas",
  description:
    "NLP-assisted coding and claim scrubbing with certified coders confirming every suggestion; " +
    "priced per chart and per claim.",
  operatingModel: "AI_HYBRID",
  aiUse: "HUMAN_IN_THE_LOOP",
  functionsServed: ["MEDICAL_CODING", "COMPLEX_CLAIMS_DENIALS", "AR_FOLLOW_UP", "MEDICAL_TRANSCRIPTION"],
  fte: 60,
  annualTurnoverRate: 0.35,
  tier: "MEASURED",
  metrics: [
    { metric: "FIRST_PASS_RATE", from: 0.8, to: 0.85 },
    { metric: "CODING_ACCURACY", from: 0.89, to: 0.92, measurementBasis: "CODE" },
    { metric: "DENIAL_RATE", from: 0.11, to: 0.09 },
    { metric: "STAFF_TURNOVER", from: 0.37, to: 0.35 },
  ],
  certifications: { CPC: 18, RHIT: 6, CCS: 4, RN: 2 },
  evidence: [
    { item: "SOC2_TYPE_II", level: "DOCUMENTED", effective: { months: 2 }, documentRef: "vendor-docs/synapse/soc2-type-ii.pdf" },
    { item: "HIPAA_BAA", level: "DOCUMENTED", effective: { months: 2 }, documentRef: "vendor-docs/synapse/baa-offered.pdf" },
    { item: "DATA_SEGREGATION", level: "DOCUMENTED", effective: { months: 3 } },
    { item: "COMPLIANCE_OFFICER", level: "DOCUMENTED", effective: { months: 3 } },
    { item: "INCIDENT_RESPONSE_DRILL", level: "CLAIMED", effective: { months: 1 } },
  ],
};

/** Claims only: every number and every compliance item rests on the vendor's word. */
export const AUTOCLAIM: DemoVendor = {
  name: "AutoClaim Robotics",
  website: "https://autoclaim-robotics.example",
  headquarters: "Bengaluru, India",
  description: "Autonomous claim-editing and appeal-letter bots with exception queues; priced per unit and on collections.",
  operatingModel: "AI_HYBRID",
  aiUse: "AUTONOMOUS",
  functionsServed: ["MEDICAL_CODING", "COMPLEX_CLAIMS_DENIALS", "AR_FOLLOW_UP", "ELIGIBILITY_VERIFICATION"],
  fte: 25,
  annualTurnoverRate: 0.5,
  tier: "CLAIMS_ONLY",
  metrics: [
    { metric: "FIRST_PASS_RATE", from: 0.88, to: 0.9 },
    { metric: "CODING_ACCURACY", from: 0.94, to: 0.95, measurementBasis: "CLAIM" },
    { metric: "DENIAL_RATE", from: 0.075, to: 0.07 },
    { metric: "STAFF_TURNOVER", from: 0.48, to: 0.5 },
  ],
  certifications: { CPC: 2 },
  evidence: [
    { item: "SOC2_TYPE_II", level: "CLAIMED", effective: { months: 1 }, notes: "\"Yes, we are SOC 2 compliant\" — no report supplied." },
    { item: "HIPAA_BAA", level: "CLAIMED", effective: { months: 1 }, notes: "Will sign our BAA on award." },
    { item: "HITECH_BREACH_PROCEDURE", level: "CLAIMED", effective: { months: 1 } },
  ],
};

/** Credentialed coders only: bids for inpatient coding alone. */
export const CLEARPATH: DemoVendor = {
  name: "ClearPath Coding Specialists",
  website: "https://clearpath-coding.example",
  headquarters: "Omaha, Nebraska",
  description: "Inpatient and outpatient coding and CDI by credentialed coders only.",
  operatingModel: "SPECIALIZED",
  aiUse: "HUMAN_IN_THE_LOOP",
  functionsServed: ["MEDICAL_CODING", "CLINICAL_DOCUMENTATION_IMPROVEMENT"],
  fte: 140,
  annualTurnoverRate: 0.27,
  tier: "MEASURED",
  metrics: [
    { metric: "FIRST_PASS_RATE", from: 0.89, to: 0.91 },
    { metric: "CODING_ACCURACY", from: 0.96, to: 0.98, measurementBasis: "CODE" },
    { metric: "DENIAL_RATE", from: 0.07, to: 0.06 },
    { metric: "STAFF_TURNOVER", from: 0.3, to: 0.27 },
  ],
  certifications: { CPC: 70, RHIT: 25, CCS: 35, RN: 6 },
  evidence: [
    { item: "SOC2_TYPE_II", level: "DOCUMENTED", effective: { months: 5 } },
    { item: "HIPAA_BAA", level: "DOCUMENTED", effective: { months: 5 } },
    // HITRUST is valid 24 months: this one runs out in under a month.
    { item: "HITRUST_CSF", level: "VERIFIED", effective: { months: 23, days: 5 }, notes: "Re-assessment scheduled." },
    { item: "COMPLIANCE_OFFICER", level: "DOCUMENTED", effective: { months: 5 } },
  ],
};

/** The rest of the registry; ClearPath (above) also bids, for coding only. */
export const OTHER_MEDCENTRAL_VENDORS: DemoVendor[] = [
  {
    name: "Northstar Contact Solutions",
    website: "https://northstar-contact.example",
    headquarters: "Cebu City, Philippines",
    description: "Multi-industry contact centre; healthcare scheduling and eligibility desks.",
    operatingModel: "GENERALIST",
    aiUse: "NONE",
    functionsServed: ["PATIENT_SCHEDULING", "ELIGIBILITY_VERIFICATION", "PAYMENT_POSTING"],
    fte: 95,
    annualTurnoverRate: 0.42,
    tier: "REFERENCED",
    metrics: [
      { metric: "FIRST_PASS_RATE", from: 0.72, to: 0.73 },
      { metric: "DENIAL_RATE", from: 0.125, to: 0.12 },
      { metric: "STAFF_TURNOVER", from: 0.45, to: 0.42 },
    ],
    certifications: { CPC: 1 },
    evidence: [
      { item: "SOC2_TYPE_II", level: "DOCUMENTED", effective: { months: 9 } },
      { item: "HIPAA_BAA", level: "DOCUMENTED", effective: { months: 9 } },
    ],
  },
  {
    name: "Keystone Back Office Group",
    website: "https://keystone-backoffice.example",
    headquarters: "Pune, India",
    description: "Finance-and-accounting BPO with a medical billing line: payment posting and A/R calling.",
    operatingModel: "GENERALIST",
    aiUse: "HUMAN_IN_THE_LOOP",
    functionsServed: ["PAYMENT_POSTING", "AR_FOLLOW_UP", "ELIGIBILITY_VERIFICATION"],
    fte: 120,
    annualTurnoverRate: 0.41,
    tier: "REFERENCED",
    metrics: [
      { metric: "FIRST_PASS_RATE", from: 0.66, to: 0.7 },
      { metric: "CODING_ACCURACY", from: 0.8, to: 0.82, measurementBasis: "CLAIM" },
      { metric: "DENIAL_RATE", from: 0.13, to: 0.135 },
      { metric: "STAFF_TURNOVER", from: 0.4, to: 0.41 },
    ],
    certifications: { CPC: 3, RHIT: 1 },
    evidence: [
      { item: "SOC2_TYPE_II", level: "DOCUMENTED", effective: { months: 6 } },
      { item: "HIPAA_BAA", level: "CLAIMED", effective: { months: 6 } },
    ],
  },
  CLEARPATH,
  {
    name: "Meridian Denial Management",
    website: "https://meridian-denials.example",
    headquarters: "Cleveland, Ohio",
    description: "Clinical appeals, prior authorization and aged A/R, staffed with nurses and certified coders.",
    operatingModel: "SPECIALIZED",
    aiUse: "HUMAN_IN_THE_LOOP",
    functionsServed: ["COMPLEX_CLAIMS_DENIALS", "PRIOR_AUTHORIZATION", "AR_FOLLOW_UP"],
    fte: 85,
    annualTurnoverRate: 0.3,
    tier: "REFERENCED",
    metrics: [
      { metric: "FIRST_PASS_RATE", from: 0.88, to: 0.9 },
      { metric: "CODING_ACCURACY", from: 0.95, to: 0.96, measurementBasis: "CLAIM" },
      { metric: "DENIAL_RATE", from: 0.075, to: 0.065 },
      { metric: "OVERTURN_RATE", from: 0.57, to: 0.6 },
      { metric: "STAFF_TURNOVER", from: 0.31, to: 0.3 },
    ],
    certifications: { CPC: 30, RHIT: 10, CCS: 8, RN: 14 },
    evidence: [
      // Lapsed about two weeks ago: the renewal report is late.
      { item: "SOC2_TYPE_II", level: "DOCUMENTED", effective: { months: 12, days: 12 }, notes: "Renewal report promised for next month." },
      { item: "HIPAA_BAA", level: "DOCUMENTED", effective: { months: 20 } },
      { item: "COMPLIANCE_OFFICER", level: "DOCUMENTED", effective: { months: 20 } },
    ],
  },
  {
    name: "Quillmark AI Transcription",
    website: "https://quillmark-transcription.example",
    headquarters: "Toronto, Ontario",
    description: "Speech recognition with human editors for dictation and transcription.",
    operatingModel: "AI_HYBRID",
    aiUse: "HUMAN_IN_THE_LOOP",
    functionsServed: ["MEDICAL_TRANSCRIPTION", "PATIENT_SCHEDULING"],
    fte: 40,
    annualTurnoverRate: 0.38,
    tier: "REFERENCED",
    metrics: [{ metric: "STAFF_TURNOVER", from: 0.4, to: 0.38 }],
    certifications: { RHIT: 4 },
    evidence: [
      { item: "SOC2_TYPE_II", level: "DOCUMENTED", effective: { months: 7 } },
      { item: "HIPAA_BAA", level: "DOCUMENTED", effective: { months: 7 } },
    ],
  },
];
