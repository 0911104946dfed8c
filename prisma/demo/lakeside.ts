import type { DemoVendor } from "./demo-vendor";

// A second, smaller organisation whose rows must never show up for MedCentral's users:
// the demo of tenant isolation. Its vendors have names MedCentral does not use.
export const LAKESIDE = {
  name: "Lakeside Community Hospital",
  slug: "lakeside",
};

export const LAKESIDE_VENDORS: DemoVendor[] = [
  {
    name: "Bayview Medical Billing Co.",
    website: "https://bayview-billing.example",
    headquarters: "Duluth, Minnesota",
    description: "Regional specialized billing and coding firm serving critical-access and community hospitals.",
    operatingModel: "SPECIALIZED",
    aiUse: "HUMAN_IN_THE_LOOP",
    functionsServed: ["MEDICAL_CODING", "COMPLEX_CLAIMS_DENIALS", "AR_FOLLOW_UP"],
    fte: 45,
    annualTurnoverRate: 0.29,
    tier: "REFERENCED",
    metrics: [
      { metric: "FIRST_PASS_RATE", from: 0.89, to: 0.9 },
      { metric: "CODING_ACCURACY", from: 0.96, to: 0.97, measurementBasis: "CLAIM" },
      { metric: "DENIAL_RATE", from: 0.07, to: 0.065 },
      { metric: "STAFF_TURNOVER", from: 0.3, to: 0.29 },
    ],
    certifications: { CPC: 20, RHIT: 8, CCS: 5 },
    evidence: [
      { item: "SOC2_TYPE_II", level: "DOCUMENTED", effective: { months: 4 } },
      { item: "HIPAA_BAA", level: "VERIFIED", effective: { months: 10 } },
    ],
  },
  {
    name: "Harborline Outsourcing",
    website: "https://harborline-outsourcing.example",
    headquarters: "Kingston, Jamaica",
    description: "Nearshore contact centre: scheduling, eligibility and payment posting.",
    operatingModel: "GENERALIST",
    aiUse: "NONE",
    functionsServed: ["PATIENT_SCHEDULING", "ELIGIBILITY_VERIFICATION", "PAYMENT_POSTING"],
    fte: 70,
    annualTurnoverRate: 0.43,
    tier: "CLAIMS_ONLY",
    metrics: [
      { metric: "FIRST_PASS_RATE", from: 0.7, to: 0.72 },
      { metric: "STAFF_TURNOVER", from: 0.45, to: 0.43 },
    ],
    certifications: {},
    evidence: [{ item: "HIPAA_BAA", level: "CLAIMED", effective: { months: 2 } }],
  },
];
