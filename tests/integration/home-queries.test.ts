import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listExpiringEvidence } from "@/lib/server/queries/home";
import { createComplianceEvidence } from "@/prisma/demo/builders/compliance-evidence";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { useAsAppDb } from "@/tests/setup/app-db";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
let organizationId: string;
const now = new Date("2026-11-28T12:00:00Z");
const monthsAgo = (months: number, days = 0) => new Date(Date.UTC(2026, 10 - months, 28 + days));

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const { db } = testDb;
  organizationId = (await createOrganization(db)).id;
  const other = await createOrganization(db);
  const renewed = await createVendor(db, { organizationId, name: "Renewed Vendor" });
  const lapsing = await createVendor(db, { organizationId, name: "Lapsing Vendor" });
  const theirs = await createVendor(db, { organizationId: other.id, name: "Their Vendor" });
  // SOC 2 is valid 12 months after the period end: 11 months ago → expires in about a month.
  await createComplianceEvidence(db, { organizationId, vendorId: renewed.id, item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: monthsAgo(11) });
  await createComplianceEvidence(db, { organizationId, vendorId: renewed.id, item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: monthsAgo(0, -5) });
  await createComplianceEvidence(db, { organizationId, vendorId: lapsing.id, item: "SOC2_TYPE_II", level: "DOCUMENTED", effectiveDate: monthsAgo(11) });
  await createComplianceEvidence(db, { organizationId, vendorId: lapsing.id, item: "DATA_SEGREGATION", level: "DOCUMENTED", effectiveDate: monthsAgo(12, -10) });
  await createComplianceEvidence(db, { organizationId, vendorId: lapsing.id, item: "HITRUST_CSF", level: "VERIFIED", effectiveDate: monthsAgo(6) });
  await createComplianceEvidence(db, { organizationId: other.id, vendorId: theirs.id, item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: monthsAgo(11) });
});
afterAll(async () => testDb?.close());

describe("evidence the home page warns about", () => {
  it("lists the organisation's lapsing and recently expired evidence, soonest first, and not what was renewed", async () => {
    const rows = await listExpiringEvidence(organizationId, now);
    expect(rows.map((row) => [row.vendor.name, row.item])).toEqual([
      ["Lapsing Vendor", "DATA_SEGREGATION"],
      ["Lapsing Vendor", "SOC2_TYPE_II"],
    ]);
  });
});
