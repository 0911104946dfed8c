import type { Organization, Prisma } from "@/lib/generated/prisma/client";
import type { FactoryDb } from "./factory-db";
import { nextSequence } from "./sequence";

export type OrganizationOverrides = Partial<Prisma.OrganizationUncheckedCreateInput>;

export function createOrganization(db: FactoryDb, overrides: OrganizationOverrides = {}): Promise<Organization> {
  const n = nextSequence();
  return db.organization.create({
    data: { name: `Test Hospital ${n}`, slug: `test-hospital-${n}`, ...overrides },
  });
}
