import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { utcToday } from "./demo/demo-dates";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo/demo-users";
import { seedDemoVendor, type DemoVendor } from "./demo/demo-vendor";
import { LAKESIDE, LAKESIDE_VENDORS } from "./demo/lakeside";
import { seedMedcentralDraftEvaluation, seedMedcentralEvaluation } from "./demo/medcentral-evaluation";
import { AUTOCLAIM, CADUCEUS, CLEARPATH, GLOBALIS, OTHER_MEDCENTRAL_VENDORS, SYNAPSE } from "./demo/medcentral-vendors";

// The demo data of the README's first command: the article's MedCentral Health case
// (reference/specialized-vs-generalist-bpo.txt) and a second organisation for isolation.
// Built with the row builders of prisma/demo/builders, which the tests use too, so the demo
// and the tests make rows the same way (production code never imports tests/).

export { DEMO_PASSWORD, DEMO_USERS };
export type { DemoUser } from "./demo/demo-users";

export const MEDCENTRAL = { name: "MedCentral Health", slug: "medcentral" };

/** The action every seeded audit event carries, so the trail says where the rows came from. */
export const DEMO_SEED_ACTION = "seed-demo-data";

/** True when no organisation exists yet: the only state in which demo data may be added. */
export async function isDatabaseEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.organization.count()) === 0;
}

/**
 * Seeds the demo data when the database has no organisation yet; true when it did. Two
 * servers starting on one empty PostgreSQL database may both try: the slower one's
 * transaction hits the unique organisation slug, rolls back, and counts as "already seeded".
 */
export async function seedDemoDataIfEmpty(db: PrismaClient): Promise<boolean> {
  if (!(await isDatabaseEmpty(db))) return false;
  try {
    await seedDemoData(db);
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === "P2002" && !(await isDatabaseEmpty(db))) return false;
    throw error;
  }
}

/**
 * Adds the demo organisations, users, vendors and evaluations in one transaction: all rows or none.
 * Dates are relative to `now`, so evidence expires the same way whenever the demo is seeded.
 */
export async function seedDemoData(db: PrismaClient, options: { now?: Date } = {}): Promise<void> {
  const today = utcToday(options.now ?? new Date());
  await db.$transaction(
    async (tx) => {
      await seedMedcentral(tx, today);
      await seedLakeside(tx, today);
    },
    // Argon2 hashing and ~400 inserts, one at a time in an interactive transaction, take a few
    // seconds on a two-core machine with embedded PGlite; the 5 s default is too tight.
    { maxWait: 30_000, timeout: 180_000 },
  );
}

async function seedUsers(tx: Prisma.TransactionClient, organizationId: string, slug: string) {
  const users = new Map<string, { id: string; email: string }>();
  for (const demo of DEMO_USERS.filter((u) => u.organizationSlug === slug)) {
    const user = await createUser(tx, { organizationId, email: demo.email, name: demo.name, role: demo.role, password: DEMO_PASSWORD });
    users.set(demo.role, user);
  }
  return users;
}

async function seedVendors(
  tx: Prisma.TransactionClient,
  input: { organizationId: string; enteredById: string; today: Date; vendors: DemoVendor[]; randomSeed: number },
) {
  const ids = new Map<string, string>();
  let randomSeed = input.randomSeed;
  for (const vendor of input.vendors) {
    const row = await seedDemoVendor(tx, { ...input, vendor, randomSeed: randomSeed++ });
    ids.set(vendor.name, row.id);
  }
  return ids;
}

async function seedMedcentral(tx: Prisma.TransactionClient, today: Date) {
  const org = await createOrganization(tx, MEDCENTRAL);
  const organizationId = org.id;
  const users = await seedUsers(tx, organizationId, MEDCENTRAL.slug);
  const admin = users.get("ADMIN")!;
  const analyst = users.get("ANALYST")!;
  const procurement = users.get("PROCUREMENT")!;

  const vendorIds = await seedVendors(tx, {
    organizationId,
    enteredById: analyst.id,
    today,
    vendors: [GLOBALIS, CADUCEUS, SYNAPSE, AUTOCLAIM, ...OTHER_MEDCENTRAL_VENDORS],
    randomSeed: 400, // the article's 400 beds; any fixed number keeps the demo identical everywhere
  });

  const { evaluation } = await seedMedcentralEvaluation(tx, {
    organizationId,
    createdById: procurement.id,
    vendorIds: {
      incumbent: vendorIds.get(GLOBALIS.name)!,
      specialized: vendorIds.get(CADUCEUS.name)!,
      aiHybrid: vendorIds.get(SYNAPSE.name)!,
      autonomous: vendorIds.get(AUTOCLAIM.name)!,
      codingBoutique: vendorIds.get(CLEARPATH.name)!,
    },
  });
  const draft = await seedMedcentralDraftEvaluation(tx, { organizationId, createdById: procurement.id });

  // MODEL.md §1 gives eligibility verification automation potential 5 (→ Generalist / AI-hybrid);
  // MedCentral's payers make it less automatable than that, which the override records with its reason.
  const override = await tx.matrixOverride.create({
    data: {
      organizationId,
      function: "ELIGIBILITY_VERIFICATION",
      automationPotential: 3,
      reason:
        "Two of our three largest Medicaid managed-care plans offer no real-time eligibility (270/271) " +
        "connection; staff check their portals by hand or by phone, so automation potential is 3, not 5.",
      createdById: admin.id,
    },
  });

  const actor = (user: { id: string; email: string }) => ({ actorId: user.id, actorEmail: user.email });
  await tx.auditEvent.createMany({
    data: [
      { organizationId, ...actor(admin), action: DEMO_SEED_ACTION, entityType: "Organization", entityId: organizationId, after: { note: "seeded demo data" } },
      { organizationId, ...actor(analyst), action: DEMO_SEED_ACTION, entityType: "Vendor", entityId: vendorIds.get(GLOBALIS.name)!, after: { note: "seeded demo data", vendors: vendorIds.size } },
      { organizationId, ...actor(procurement), action: DEMO_SEED_ACTION, entityType: "Evaluation", entityId: evaluation.id, after: { note: "seeded demo data", name: evaluation.name, status: evaluation.status } },
      { organizationId, ...actor(procurement), action: DEMO_SEED_ACTION, entityType: "Evaluation", entityId: draft.id, after: { note: "seeded demo data", name: draft.name, status: draft.status } },
      { organizationId, ...actor(admin), action: DEMO_SEED_ACTION, entityType: "MatrixOverride", entityId: override.id, after: { note: "seeded demo data", function: override.function, automationPotential: 3, reason: override.reason } },
    ],
  });
}

async function seedLakeside(tx: Prisma.TransactionClient, today: Date) {
  const org = await createOrganization(tx, LAKESIDE);
  const users = await seedUsers(tx, org.id, LAKESIDE.slug);
  const admin = users.get("ADMIN")!;
  await seedVendors(tx, {
    organizationId: org.id,
    enteredById: users.get("ANALYST")!.id,
    today,
    vendors: LAKESIDE_VENDORS,
    randomSeed: 900,
  });
  await tx.auditEvent.create({
    data: {
      organizationId: org.id,
      actorId: admin.id,
      actorEmail: admin.email,
      action: DEMO_SEED_ACTION,
      entityType: "Organization",
      entityId: org.id,
      after: { note: "seeded demo data" },
    },
  });
}
