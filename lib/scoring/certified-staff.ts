/** Credentials counted toward the certified staff share; the same strings as the Prisma enum Credential. */
export const CREDENTIALS = ["CPC", "CCS", "RHIT", "RHIA", "RN"] as const;
export type Credential = (typeof CREDENTIALS)[number];

export const CREDENTIAL_LABELS: Record<Credential, string> = {
  CPC: "CPC (Certified Professional Coder, AAPC)",
  CCS: "CCS (Certified Coding Specialist, AHIMA)",
  RHIT: "RHIT (Registered Health Information Technician, AHIMA)",
  RHIA: "RHIA (Registered Health Information Administrator, AHIMA)",
  RN: "RN (Registered Nurse)",
};

export interface StaffCertifications {
  totalStaff: number;
  /** Staff holding at least one credential; null when only the per-credential counts are known. */
  certifiedStaff: number | null;
  counts: Partial<Record<Credential, number>>;
}

export interface CertifiedShare {
  /** Fraction 0–1. */
  share: number;
  /**
   * False when estimated from per-credential counts (their sum, capped at the total): someone
   * holding two credentials is then counted twice, so the share is an upper bound.
   */
  exact: boolean;
}

/** MODEL.md §4 certified staff share (fraction); null without a staff total. */
export function certifiedStaffShare({ totalStaff, certifiedStaff, counts }: StaffCertifications): CertifiedShare | null {
  if (!(totalStaff > 0)) return null;
  if (certifiedStaff !== null) return { share: Math.min(certifiedStaff, totalStaff) / totalStaff, exact: true };
  const sum = CREDENTIALS.reduce((total, credential) => total + (counts[credential] ?? 0), 0);
  return { share: Math.min(sum, totalStaff) / totalStaff, exact: false };
}
