import type { Prisma, Vendor } from "@/lib/generated/prisma/client";
import type { FactoryDb } from "./factory-db";
import { nextSequence } from "./sequence";

export type VendorOverrides = Partial<Prisma.VendorUncheckedCreateInput> & { organizationId: string };

export function createVendor(db: FactoryDb, overrides: VendorOverrides): Promise<Vendor> {
  const n = nextSequence();
  return db.vendor.create({
    data: {
      name: `Test Vendor ${n}`,
      description: "A healthcare revenue-cycle vendor made by a test factory.",
      operatingModel: "SPECIALIZED",
      aiUse: "HUMAN_IN_THE_LOOP",
      functionsServed: ["MEDICAL_CODING", "COMPLEX_CLAIMS_DENIALS"],
      fte: 120,
      annualTurnoverRate: "0.3",
      ...overrides,
    },
  });
}
