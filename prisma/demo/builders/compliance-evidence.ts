import type { ComplianceEvidence, Prisma } from "@/lib/generated/prisma/client";
import { evidenceExpiry } from "@/lib/scoring/compliance";
import type { FactoryDb } from "./factory-db";

// expiresAt is never taken from the caller: it is derived from item + effectiveDate by the
// same rule the scoring uses (MODEL.md §2), so stored rows can't disagree with it.
export type ComplianceEvidenceOverrides = Omit<Partial<Prisma.ComplianceEvidenceUncheckedCreateInput>, "expiresAt"> & {
  organizationId: string;
  vendorId: string;
};

export function createComplianceEvidence(
  db: FactoryDb,
  overrides: ComplianceEvidenceOverrides,
): Promise<ComplianceEvidence> {
  const item = overrides.item ?? "SOC2_TYPE_II";
  const effectiveDate = new Date(overrides.effectiveDate ?? new Date());
  return db.complianceEvidence.create({
    data: {
      level: "DOCUMENTED",
      ...overrides,
      item,
      effectiveDate,
      expiresAt: evidenceExpiry(item, effectiveDate),
    },
  });
}
