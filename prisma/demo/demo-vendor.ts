import type { Vendor } from "@/lib/generated/prisma/client";
import type {
  AiUse,
  Credential,
  EvidenceItem,
  HealthcareFunction,
  MeasurementBasis,
  MetricKey,
  MetricSource,
  OperatingModel,
  VerificationLevel,
} from "@/lib/generated/prisma/enums";
import { createCertification } from "@/prisma/demo/builders/certification";
import { createComplianceEvidence } from "@/prisma/demo/builders/compliance-evidence";
import type { FactoryDb } from "@/prisma/demo/builders/factory-db";
import { createMetricObservation } from "@/prisma/demo/builders/metric-observation";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { dateAt, monthsBefore, type DemoAge } from "./demo-dates";
import { seededRandom } from "./seeded-random";

/** A metric's true value 18 months ago (`from`) and today (`to`), as fractions. */
export interface DemoMetricTrend {
  metric: MetricKey;
  from: number;
  to: number;
  measurementBasis?: MeasurementBasis;
}

/** How far a vendor's numbers have been checked: decides which sources its history holds. */
export type DemoEvidenceTier = "CLAIMS_ONLY" | "REFERENCED" | "MEASURED" | "AUDITED";

export interface DemoEvidence {
  item: EvidenceItem;
  level: VerificationLevel;
  /** How long before the seeding day the item took effect (SOC 2 Type II: the report period's end). */
  effective: DemoAge;
  documentRef?: string;
  notes?: string;
}

export interface DemoVendor {
  name: string;
  website: string;
  headquarters: string;
  description: string;
  operatingModel: OperatingModel;
  aiUse: AiUse;
  functionsServed: HealthcareFunction[];
  /** Staff on healthcare accounts. */
  fte: number;
  /** Annual, as a fraction. */
  annualTurnoverRate: number;
  tier: DemoEvidenceTier;
  metrics: DemoMetricTrend[];
  certifications: Partial<Record<Credential, number>>;
  evidence: DemoEvidence[];
}

// When each source reported, in months before the seeding day: a few points per metric so
// the history charts show a trend and the "newest from the most trustworthy source" rule
// (MODEL.md §3) has something to choose from.
const HISTORY: Record<DemoEvidenceTier, { monthsAgo: number; source: MetricSource }[]> = {
  CLAIMS_ONLY: [
    { monthsAgo: 15, source: "VENDOR_CLAIMED" },
    { monthsAgo: 9, source: "VENDOR_CLAIMED" },
    { monthsAgo: 3, source: "VENDOR_CLAIMED" },
  ],
  REFERENCED: [
    { monthsAgo: 18, source: "VENDOR_CLAIMED" },
    { monthsAgo: 12, source: "VENDOR_CLAIMED" },
    { monthsAgo: 8, source: "REFERENCE_CHECK" },
    { monthsAgo: 3, source: "REFERENCE_CHECK" },
  ],
  MEASURED: [
    { monthsAgo: 18, source: "VENDOR_CLAIMED" },
    { monthsAgo: 12, source: "REFERENCE_CHECK" },
    { monthsAgo: 9, source: "CLIENT_MEASURED" },
    { monthsAgo: 6, source: "CLIENT_MEASURED" },
    { monthsAgo: 3, source: "CLIENT_MEASURED" },
    { monthsAgo: 1, source: "CLIENT_MEASURED" },
  ],
  AUDITED: [
    { monthsAgo: 18, source: "VENDOR_CLAIMED" },
    { monthsAgo: 12, source: "REFERENCE_CHECK" },
    { monthsAgo: 9, source: "CLIENT_MEASURED" },
    { monthsAgo: 6, source: "CLIENT_MEASURED" },
    { monthsAgo: 4, source: "AUDITED" },
    { monthsAgo: 1, source: "CLIENT_MEASURED" },
  ],
};

const SOURCE_NOTES: Record<MetricSource, string> = {
  VENDOR_CLAIMED: "Stated in the vendor's RFP response.",
  REFERENCE_CHECK: "Reported by a client hospital on a reference call.",
  CLIENT_MEASURED: "Measured on our own claims and remittances.",
  AUDITED: "Independent audit sample.",
};

const LOWER_IS_BETTER: ReadonlySet<MetricKey> = new Set(["DENIAL_RATE", "STAFF_TURNOVER"]);

// Vendors present themselves well: a claimed figure is two points better than what was
// later observed. This is the gap the claim haircut (MODEL.md §3) exists for.
const CLAIM_OPTIMISM = 0.02;

/** The vendor's observed value `monthsAgo` months back: linear from `from` (18 months) to `to` (now), with a little noise. */
function observedValue(trend: DemoMetricTrend, monthsAgo: number, source: MetricSource, noise: number): number {
  const progress = (18 - monthsAgo) / 18;
  let value = trend.from + (trend.to - trend.from) * progress + noise;
  if (source === "VENDOR_CLAIMED") value += LOWER_IS_BETTER.has(trend.metric) ? -CLAIM_OPTIMISM : CLAIM_OPTIMISM;
  return Math.round(Math.min(1, Math.max(0, value)) * 10_000) / 10_000;
}

/** Creates a vendor with its metric history, certification counts and compliance evidence. */
export async function seedDemoVendor(
  db: FactoryDb,
  input: { organizationId: string; enteredById: string; today: Date; vendor: DemoVendor; randomSeed: number },
): Promise<Vendor> {
  const { organizationId, enteredById, today, vendor: demo } = input;
  const random = seededRandom(input.randomSeed);
  const vendor = await createVendor(db, {
    organizationId,
    name: demo.name,
    website: demo.website,
    headquarters: demo.headquarters,
    description: demo.description,
    operatingModel: demo.operatingModel,
    aiUse: demo.aiUse,
    functionsServed: demo.functionsServed,
    fte: demo.fte,
    annualTurnoverRate: demo.annualTurnoverRate,
  });
  const vendorId = vendor.id;

  for (const trend of demo.metrics) {
    for (const point of HISTORY[demo.tier]) {
      // ±0.4 percentage points: enough to look like real measurements, not enough to hide the trend.
      const noise = (random() - 0.5) * 0.008;
      await createMetricObservation(db, {
        organizationId,
        vendorId,
        enteredById,
        metric: trend.metric,
        value: observedValue(trend, point.monthsAgo, point.source, noise),
        asOf: monthsBefore(today, point.monthsAgo),
        source: point.source,
        measurementBasis: trend.measurementBasis ?? null,
        note: SOURCE_NOTES[point.source],
      });
    }
  }

  for (const [credential, count] of Object.entries(demo.certifications) as [Credential, number][]) {
    await createCertification(db, { organizationId, vendorId, credential, count, asOf: monthsBefore(today, 2) });
  }
  if (Object.keys(demo.certifications).length > 0) {
    // Counted against the staff on healthcare accounts; who holds two credentials is not known.
    await db.staffCensus.create({ data: { organizationId, vendorId, asOf: monthsBefore(today, 2), totalStaff: demo.fte, certifiedStaff: null } });
  }

  for (const evidence of demo.evidence) {
    await createComplianceEvidence(db, {
      organizationId,
      vendorId,
      item: evidence.item,
      level: evidence.level,
      effectiveDate: dateAt(today, evidence.effective),
      documentRef: evidence.documentRef ?? null,
      notes: evidence.notes ?? null,
    });
  }
  return vendor;
}
