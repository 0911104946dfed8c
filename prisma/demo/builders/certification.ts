import type { Certification, Prisma } from "@/lib/generated/prisma/client";
import type { FactoryDb } from "./factory-db";

export type CertificationOverrides = Partial<Prisma.CertificationUncheckedCreateInput> & {
  organizationId: string;
  vendorId: string;
};

export function createCertification(db: FactoryDb, overrides: CertificationOverrides): Promise<Certification> {
  return db.certification.create({
    data: { credential: "CPC", count: 10, asOf: new Date(), ...overrides },
  });
}
