import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/server/auth/password";
import { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty, seedDemoData, seedDemoDataIfEmpty } from "@/prisma/seed";
import { MEDCENTRAL_EVALUATION_NAME } from "@/prisma/demo/medcentral-evaluation";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

// One seeding for the whole file: argon2 hashing and ~400 inserts are the slow part.
let testDb: TestDb;
let db: PrismaClient;
const now = new Date();

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  expect(await isDatabaseEmpty(db)).toBe(true);
  await seedDemoData(db, { now });
});

afterAll(async () => {
  await testDb?.close();
});

async function orgId(slug: string): Promise<string> {
  return (await db.organization.findUniqueOrThrow({ where: { slug } })).id;
}

describe("seedDemoData", () => {
  it("creates MedCentral's four users with their roles and the demo password", async () => {
    const users = await db.user.findMany({ where: { organizationId: await orgId("medcentral") }, orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ["admin@medcentral.example", "ADMIN"],
      ["analyst@medcentral.example", "ANALYST"],
      ["cfo@medcentral.example", "EXECUTIVE"],
      ["procurement@medcentral.example", "PROCUREMENT"],
    ]);
    for (const user of users) {
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(user.passwordHash, "wrong-password")).toBe(false);
    }
    // The exported list is what the sign-in page offers: every entry must exist.
    expect(await db.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } })).toBe(DEMO_USERS.length);
  });

  it("creates at least eight MedCentral vendors over all three operating models, with history", async () => {
    const organizationId = await orgId("medcentral");
    const vendors = await db.vendor.findMany({ where: { organizationId } });
    expect(vendors.length).toBeGreaterThanOrEqual(8);
    expect(new Set(vendors.map((v) => v.operatingModel))).toEqual(new Set(["GENERALIST", "SPECIALIZED", "AI_HYBRID"]));

    const sources = await db.metricObservation.groupBy({ by: ["source"], where: { organizationId } });
    expect(new Set(sources.map((s) => s.source))).toEqual(new Set(["VENDOR_CLAIMED", "REFERENCE_CHECK", "CLIENT_MEASURED", "AUDITED"]));
    const certified = await db.certification.count({ where: { organizationId } });
    expect(certified).toBeGreaterThan(0);
  });

  it("keeps metric values inside the article's generalist and specialized ranges", async () => {
    const organizationId = await orgId("medcentral");
    const measured = await db.metricObservation.findMany({
      where: { organizationId, metric: { in: ["FIRST_PASS_RATE", "CODING_ACCURACY"] }, source: { not: "VENDOR_CLAIMED" } },
      include: { vendor: { select: { operatingModel: true } } },
    });
    // The article's table, widened by one point for measurement noise.
    const ranges = {
      GENERALIST: { FIRST_PASS_RATE: [0.64, 0.76], CODING_ACCURACY: [0.79, 0.86] },
      SPECIALIZED: { FIRST_PASS_RATE: [0.87, 0.96], CODING_ACCURACY: [0.94, 1] },
    } as const;
    for (const row of measured) {
      if (row.vendor.operatingModel === "AI_HYBRID") continue;
      const [low, high] = ranges[row.vendor.operatingModel][row.metric as "FIRST_PASS_RATE" | "CODING_ACCURACY"];
      expect(row.value.toNumber()).toBeGreaterThanOrEqual(low);
      expect(row.value.toNumber()).toBeLessThanOrEqual(high);
    }
  });

  it("dates evidence relative to the seeding day: one expired, one expiring within 30 days", async () => {
    const organizationId = await orgId("medcentral");
    const in30Days = new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000);
    expect(await db.complianceEvidence.count({ where: { organizationId, expiresAt: { lt: now } } })).toBeGreaterThanOrEqual(1);
    expect(
      await db.complianceEvidence.count({ where: { organizationId, expiresAt: { gte: now, lte: in30Days } } }),
    ).toBeGreaterThanOrEqual(1);
    // Items that never expire (BAA, compliance officer) store no expiry.
    const baa = await db.complianceEvidence.findFirstOrThrow({ where: { organizationId, item: "HIPAA_BAA" } });
    expect(baa.expiresAt).toBeNull();
  });

  it("has a vendor whose evidence is only claimed", async () => {
    const vendors = await db.vendor.findMany({
      where: { organizationId: await orgId("medcentral") },
      include: { complianceEvidence: true, metricObservations: true },
    });
    const claimsOnly = vendors.filter(
      (v) =>
        v.complianceEvidence.length > 0 &&
        v.complianceEvidence.every((e) => e.level === "CLAIMED") &&
        v.metricObservations.every((m) => m.source === "VENDOR_CLAIMED"),
    );
    expect(claimsOnly.map((v) => v.name)).toContain("AutoClaim Robotics");
  });

  it("creates the open MedCentral evaluation with the incumbent at 14 % and a specialized bid at 5 %", async () => {
    const evaluation = await db.evaluation.findFirstOrThrow({
      where: { organizationId: await orgId("medcentral"), name: MEDCENTRAL_EVALUATION_NAME },
      include: { functions: true, bids: { include: { vendor: true, lines: true } } },
    });
    expect(evaluation.status).toBe("OPEN");
    expect(evaluation.termMonths).toBe(36);
    expect(evaluation.monteCarloSeed).toBe(1405);
    expect(evaluation.functions.map((f) => f.function)).toEqual(
      expect.arrayContaining(["COMPLEX_CLAIMS_DENIALS", "MEDICAL_CODING", "AR_FOLLOW_UP"]),
    );
    for (const fn of evaluation.functions) {
      expect(fn.baselineDenialRate.toNumber()).toBe(0.14);
      expect(fn.volumePerMonth.toNumber()).toBeGreaterThan(0);
      expect(fn.revenuePerUnit.toNumber()).toBeGreaterThan(0);
    }

    expect(evaluation.bids.length).toBeGreaterThanOrEqual(3);
    const byModel = (model: string) => evaluation.bids.filter((b) => b.vendor.operatingModel === model);
    const byLabel = (label: string) => evaluation.bids.find((b) => b.label === label)!;
    const incumbent = byLabel("Incumbent renewal (generalist)");
    const specialized = byLabel("Specialized RCM partner");
    expect(incumbent.lines.every((l) => l.denialRate?.toNumber() === 0.14)).toBe(true);
    expect(specialized.lines.every((l) => l.denialRate?.toNumber() === 0.05)).toBe(true);
    expect(byModel("AI_HYBRID").length).toBeGreaterThanOrEqual(1);
    // Every bid prices every function in scope, except the coding boutique's partial bid.
    const partial = byLabel("Coding boutique (coding only)");
    for (const bid of evaluation.bids) if (bid !== partial) expect(bid.lines).toHaveLength(evaluation.functions.length);
    expect(partial.lines.map((l) => evaluation.functions.find((f) => f.id === l.evaluationFunctionId)!.function)).toEqual(["MEDICAL_CODING"]);
    // The story: the specialized hourly rate is higher than the incumbent's.
    const rate = (bid: typeof incumbent, fn: string) =>
      bid.lines.find((l) => l.evaluationFunctionId === evaluation.functions.find((f) => f.function === fn)!.id)!.rate.toNumber();
    expect(rate(specialized, "MEDICAL_CODING")).toBeGreaterThan(rate(incumbent, "MEDICAL_CODING"));
  });

  it("also creates a draft evaluation, the matrix override with its reason and audit events", async () => {
    const organizationId = await orgId("medcentral");
    expect(await db.evaluation.count({ where: { organizationId, status: "DRAFT" } })).toBeGreaterThanOrEqual(1);
    const override = await db.matrixOverride.findFirstOrThrow({ where: { organizationId } });
    expect(override.reason.length).toBeGreaterThan(20);
    expect(await db.auditEvent.count({ where: { organizationId, action: "seed-demo-data" } })).toBeGreaterThan(0);
  });

  it("gives Lakeside its own users and vendors, none shared with MedCentral", async () => {
    const medcentralId = await orgId("medcentral");
    const lakesideId = await orgId("lakeside");
    const lakesideUsers = await db.user.findMany({ where: { organizationId: lakesideId } });
    expect(lakesideUsers.map((u) => u.email)).toContain("admin@lakeside.example");
    expect(lakesideUsers.every((u) => u.email.endsWith("@lakeside.example"))).toBe(true);

    const lakesideVendors = await db.vendor.findMany({ where: { organizationId: lakesideId } });
    const medcentralNames = new Set(
      (await db.vendor.findMany({ where: { organizationId: medcentralId } })).map((v) => v.name),
    );
    expect(lakesideVendors.length).toBeGreaterThanOrEqual(2);
    expect(lakesideVendors.some((v) => medcentralNames.has(v.name))).toBe(false);
    // Child rows carry their vendor's organisation.
    const lakesideVendorIds = lakesideVendors.map((v) => v.id);
    expect(
      await db.metricObservation.count({ where: { vendorId: { in: lakesideVendorIds }, organizationId: { not: lakesideId } } }),
    ).toBe(0);
  });

  it("seeds only into an empty database: the guard stops a second run", async () => {
    const before = await db.vendor.count();
    for (let run = 0; run < 2; run++) expect(await seedDemoDataIfEmpty(db)).toBe(false);
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect(await db.organization.count()).toBe(2);
    expect(await db.vendor.count()).toBe(before);
  });

  it("seeds once when two servers start on one empty database at the same time", async () => {
    const fresh = await createTestDb();
    try {
      const results = await Promise.all([seedDemoDataIfEmpty(fresh.db), seedDemoDataIfEmpty(fresh.db)]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await fresh.db.organization.count()).toBe(2);
    } finally {
      await fresh.close();
    }
  });

  it("rolls back everything when seeding fails half-way", async () => {
    // With MedCentral's slug freed, a new "MedCentral" organisation is created and the first
    // user then collides on the unique e-mail: the organisation must not survive that.
    const counts = async () => [await db.organization.count(), await db.user.count(), await db.vendor.count()];
    const before = await counts();
    await db.organization.update({ where: { slug: "medcentral" }, data: { slug: "medcentral-renamed" } });
    try {
      await expect(seedDemoData(db)).rejects.toThrow();
      expect(await counts()).toEqual(before);
      expect(await db.organization.findUnique({ where: { slug: "medcentral" } })).toBeNull();
    } finally {
      await db.organization.update({ where: { slug: "medcentral-renamed" }, data: { slug: "medcentral" } });
    }
  });
});
