import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EVIDENCE_ITEM_TABLE, EVIDENCE_ITEMS, EXPIRY_WARNING_DAYS } from "@/lib/scoring/compliance";
import type { ComplianceState } from "@/lib/scoring/compliance-state";

type EvidenceWhere = Prisma.ComplianceEvidenceWhereInput;

/** Midnight UTC of the calendar day `days` after `asOf`: stored dates are UTC dates. */
function utcDayPlus(asOf: Date, days: number): Date {
  return new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate() + days));
}

/**
 * The vendor-list filter for a compliance state, in SQL: the same rule as
 * complianceStatesOf (lib/scoring/compliance-state.ts), over the stored expiresAt (derived
 * from item and effective date by the same rule). Items are few and fixed, so "the record
 * valid the longest" is spelled out per item as "some record ends in the window and none
 * lasts beyond it".
 */
export function complianceStateWhere(state: ComplianceState, asOf: Date): Prisma.VendorWhereInput {
  const today = utcDayPlus(asOf, 0);
  const warningEnd = utcDayPlus(asOf, EXPIRY_WARNING_DAYS);
  const effective: EvidenceWhere = { effectiveDate: { lte: today } };
  const validFrom = (day: Date): EvidenceWhere => ({ ...effective, OR: [{ expiresAt: null }, { expiresAt: { gte: day } }] });
  const expiring = EVIDENCE_ITEMS.filter((item) => EVIDENCE_ITEM_TABLE[item].validMonths !== null);

  const expired: Prisma.VendorWhereInput[] = expiring.map((item) => ({
    AND: [
      { complianceEvidence: { some: { ...effective, item, expiresAt: { lt: today } } } },
      { complianceEvidence: { none: { ...validFrom(today), item } } },
    ],
  }));
  const endingSoon: Prisma.VendorWhereInput[] = expiring.map((item) => ({
    AND: [
      { complianceEvidence: { some: { ...effective, item, expiresAt: { gte: today, lte: warningEnd } } } },
      { complianceEvidence: { none: { ...validFrom(utcDayPlus(asOf, EXPIRY_WARNING_DAYS + 1)), item } } },
    ],
  }));
  switch (state) {
    case "EXPIRED":
      return { OR: expired };
    case "EXPIRING":
      return { OR: endingSoon };
    case "CURRENT":
      return { AND: [{ complianceEvidence: { some: effective } }, { NOT: { OR: [...expired, ...endingSoon] } }] };
    case "FAILS_PHI_GATE":
      return {
        NOT: {
          AND: [
            { complianceEvidence: { some: { ...validFrom(today), item: "SOC2_TYPE_II", level: { in: ["DOCUMENTED", "VERIFIED"] } } } },
            { complianceEvidence: { some: { ...validFrom(today), item: "HIPAA_BAA" } } },
          ],
        },
      };
  }
}
