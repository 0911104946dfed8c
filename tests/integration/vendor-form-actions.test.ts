import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { updateVendorAction } from "@/app/(app)/vendors/[id]/edit/actions";
import { signIn } from "@/app/sign-in/actions";
import { createSession } from "@/lib/server/auth/sessions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Vendor } from "@/lib/generated/prisma/client";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser, DEFAULT_TEST_PASSWORD } from "@/prisma/demo/builders/user";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { useAsAppDb } from "@/tests/setup/app-db";
import { formData, redirectTarget } from "@/tests/setup/form-data";
import { actAs } from "@/tests/setup/next-request-context";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

vi.mock("next/headers", () => import("@/tests/setup/next-request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let testDb: TestDb;
const sessions = {} as Record<Role | "OTHER_ANALYST", string>;
let organizationId: string;
let otherVendor: Vendor;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const { db } = testDb;
  organizationId = (await createOrganization(db)).id;
  const other = await createOrganization(db);
  for (const role of ["ADMIN", "ANALYST", "PROCUREMENT", "EXECUTIVE"] as const) {
    const user = await createUser(db, { organizationId, role, name: `Pat ${role.toLowerCase()}`, email: `${role.toLowerCase()}@own.example` });
    sessions[role] = (await createSession(db, user.id, null)).token;
  }
  const otherAnalyst = await createUser(db, { organizationId: other.id, role: "ANALYST" });
  sessions.OTHER_ANALYST = (await createSession(db, otherAnalyst.id, null)).token;
  otherVendor = await createVendor(db, { organizationId: other.id, name: "Their Vendor" });
});
afterAll(async () => testDb?.close());

/** The vendor form as the browser submits it: text fields, turnover in percent. */
function vendorForm(vendor: Vendor, changes: Record<string, string | number | string[]> = {}) {
  return formData({
    name: vendor.name,
    website: vendor.website ?? "",
    headquarters: vendor.headquarters ?? "",
    description: vendor.description,
    operatingModel: vendor.operatingModel,
    aiUse: vendor.aiUse,
    functionsServed: vendor.functionsServed,
    fte: vendor.fte ?? "",
    annualTurnoverRate: "30",
    version: vendor.version,
    ...changes,
  });
}

const save = (vendorId: string, form: FormData) => updateVendorAction(vendorId, undefined, form);

describe("the vendor edit form's server action", () => {
  it("saves what the analyst typed, turnover in percent stored as a fraction, with an audit event", async () => {
    const vendor = await createVendor(testDb.db, { organizationId });
    actAs(sessions.ANALYST);
    const target = await redirectTarget(save(vendor.id, vendorForm(vendor, { annualTurnoverRate: "27.5", website: "", fte: "" })));
    expect(target).toBe(`/vendors/${vendor.id}`);
    const saved = await testDb.db.vendor.findUniqueOrThrow({ where: { id: vendor.id } });
    expect(Number(saved.annualTurnoverRate)).toBe(0.275);
    expect(saved).toMatchObject({ fte: null, website: null, version: vendor.version + 1 });
    const event = await testDb.db.auditEvent.findFirstOrThrow({ where: { entityId: vendor.id, action: "update-vendor" } });
    expect(event.actorEmail).toBe("analyst@own.example");
  });

  it("answers field errors with what was typed, and writes nothing", async () => {
    const vendor = await createVendor(testDb.db, { organizationId });
    actAs(sessions.ANALYST);
    const reply = await save(vendor.id, vendorForm(vendor, { name: "", annualTurnoverRate: "-5", functionsServed: [] }));
    expect(reply.error).toMatchObject({
      name: ["Enter the vendor's name."],
      annualTurnoverRate: ["Turnover cannot be negative."],
      functionsServed: ["Choose at least one function the vendor serves."],
    });
    expect(reply.initialValue).toMatchObject({ annualTurnoverRate: "-5", operatingModel: vendor.operatingModel });
    expect(await testDb.db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toEqual(vendor);
  });

  it("refuses the Executive and Procurement roles and a signed-out caller, changing nothing", async () => {
    const vendor = await createVendor(testDb.db, { organizationId });
    for (const token of [sessions.EXECUTIVE, sessions.PROCUREMENT, null]) {
      actAs(token);
      const reply = await save(vendor.id, vendorForm(vendor, { name: "Forged" }));
      expect(reply.error?.[""]?.[0]).toMatch(token ? /role does not allow/ : /session has ended/);
    }
    expect(await testDb.db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toEqual(vendor);
  });

  it("treats another organisation's vendor as not found", async () => {
    actAs(sessions.ANALYST);
    const reply = await save(otherVendor.id, vendorForm(otherVendor, { name: "Mine now" }));
    expect(reply.error?.[""]?.[0]).toMatch(/not found/);
    expect((await testDb.db.vendor.findUniqueOrThrow({ where: { id: otherVendor.id } })).name).toBe("Their Vendor");
  });

  it("tells the second of two editors who saved first and when, offers a reload, and keeps their typing", async () => {
    const vendor = await createVendor(testDb.db, { organizationId });
    actAs(sessions.ADMIN);
    await redirectTarget(save(vendor.id, vendorForm(vendor, { fte: "150" })));
    actAs(sessions.ANALYST);
    const reply = await save(vendor.id, vendorForm(vendor, { fte: "175" }));
    expect(reply.reload).toBe(true);
    expect(reply.error?.[""]?.[0]).toMatch(/^Pat admin \(admin@own\.example\) changed this vendor on .+ UTC, after you opened it\. Nothing was saved/);
    expect(reply.initialValue).toMatchObject({ fte: "175" });
    expect((await testDb.db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).fte).toBe(150);
  });

  it("puts a duplicate name on the name field", async () => {
    const vendor = await createVendor(testDb.db, { organizationId });
    await createVendor(testDb.db, { organizationId, name: "Already Here" });
    actAs(sessions.ANALYST);
    const reply = await save(vendor.id, vendorForm(vendor, { name: "Already Here" }));
    expect(reply.error).toEqual({ name: ["Another vendor already has this name."] });
  });
});

describe("the sign-in form's server action", () => {
  it("signs in with the right password and never echoes the password back", async () => {
    const user = await createUser(testDb.db, { organizationId, role: "ANALYST" });
    actAs(null);
    const wrong = await signIn(undefined, formData({ email: user.email, password: "not-the-password" }));
    expect(wrong.error?.[""]).toEqual(["That email and password do not match an account."]);
    expect(wrong.initialValue).toEqual({ email: user.email });
    expect(await redirectTarget(signIn(undefined, formData({ email: user.email.toUpperCase(), password: DEFAULT_TEST_PASSWORD })))).toBe("/");
  });

  it("names the missing field", async () => {
    const reply = await signIn(undefined, formData({ email: "", password: "" }));
    expect(reply.error).toEqual({ email: ["Enter your email address."], password: ["Enter your password."] });
  });
});
