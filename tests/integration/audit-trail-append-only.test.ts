import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { attemptSignIn } from "@/lib/server/auth/check-credentials";
import { authFromApiToken, issueApiToken } from "@/lib/server/auth/api-tokens";
import { authFromSessionToken, createSession } from "@/lib/server/auth/sessions";
import { runWithRequestContext } from "@/lib/server/request-context";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser, DEFAULT_TEST_PASSWORD } from "@/prisma/demo/builders/user";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

// The audit trail is append-only in the database itself (migration
// 20261129230943_audit_trail_append_only), whatever the code that connects tries.

let testDb: TestDb;
let organizationId: string;
let user: { id: string; email: string };
let eventId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  const { db } = testDb;
  organizationId = (await createOrganization(db)).id;
  user = await createUser(db, { organizationId, role: "ANALYST" });
  await runWithRequestContext({ requestId: "req-append-only" }, () =>
    recordAuditEvent(db, { organizationId, actor: { userId: user.id, email: user.email }, action: "update-vendor", entityType: "Vendor", entityId: "v1", before: { name: "Old" }, after: { name: "New" } }),
  );
  eventId = (await db.auditEvent.findFirstOrThrow({ where: { organizationId } })).id;
});
afterAll(async () => testDb?.close());

const APPEND_ONLY = /audit trail is append-only/;

describe("the audit table", () => {
  it("records who, when, what, before, after and the request id", async () => {
    const event = await testDb.db.auditEvent.findUniqueOrThrow({ where: { id: eventId } });
    expect(event).toMatchObject({ actorId: user.id, actorEmail: user.email, actorTokenId: null, action: "update-vendor", entityType: "Vendor", entityId: "v1", before: { name: "Old" }, after: { name: "New" }, requestId: "req-append-only" });
    expect(event.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("refuses UPDATE, in SQL and through Prisma", async () => {
    await expect(testDb.db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'nothing-happened' WHERE "id" = $1`, eventId)).rejects.toThrow(APPEND_ONLY);
    await expect(testDb.db.auditEvent.update({ where: { id: eventId }, data: { after: { name: "Forged" } } })).rejects.toThrow(APPEND_ONLY);
    await expect(testDb.db.auditEvent.updateMany({ data: { actorEmail: "someone-else@example.org" } })).rejects.toThrow(APPEND_ONLY);
    expect(await testDb.db.auditEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ action: "update-vendor", after: { name: "New" }, actorEmail: user.email });
  });

  it("refuses DELETE and TRUNCATE", async () => {
    await expect(testDb.db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = $1`, eventId)).rejects.toThrow(APPEND_ONLY);
    await expect(testDb.db.auditEvent.deleteMany({})).rejects.toThrow(APPEND_ONLY);
    await expect(testDb.db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(APPEND_ONLY);
    expect(await testDb.db.auditEvent.count({ where: { id: eventId } })).toBe(1);
  });

  it("still takes new events", async () => {
    await recordAuditEvent(testDb.db, { organizationId, actor: null, action: "restore-backup", entityType: "Organization", entityId: organizationId });
    expect(await testDb.db.auditEvent.count({ where: { organizationId } })).toBe(2);
  });
});

describe("an organisation with history", () => {
  it("cannot be deleted (nothing cascades into the audit trail); one without history can", async () => {
    await expect(testDb.db.organization.delete({ where: { id: organizationId } })).rejects.toThrow();
    expect(await testDb.db.organization.count({ where: { id: organizationId } })).toBe(1);
    expect(await testDb.db.auditEvent.count({ where: { organizationId } })).toBe(2);

    const empty = await createOrganization(testDb.db);
    await createVendor(testDb.db, { organizationId: empty.id });
    await testDb.db.organization.delete({ where: { id: empty.id } });
    expect(await testDb.db.vendor.count({ where: { organizationId: empty.id } })).toBe(0);
  });

  it("a user with history cannot be deleted either", async () => {
    await expect(testDb.db.user.delete({ where: { id: user.id } })).rejects.toThrow();
    expect(await testDb.db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("is deactivated instead: its users' sessions and tokens stop working and nobody can sign in", async () => {
    const org = await createOrganization(testDb.db);
    const member = await createUser(testDb.db, { organizationId: org.id, role: "ADMIN" });
    const { token: session } = await createSession(testDb.db, member.id, null);
    const { token } = await issueApiToken(testDb.db, member, "test");
    expect(await authFromSessionToken(testDb.db, session)).not.toBeNull();
    expect(await authFromApiToken(testDb.db, token)).toMatchObject({ userId: member.id, via: "token" });
    expect((await attemptSignIn(testDb.db, { email: member.email, password: DEFAULT_TEST_PASSWORD }, "api", 0)).status).toBe("ok");

    await testDb.db.organization.update({ where: { id: org.id }, data: { deactivatedAt: new Date() } });
    expect(await authFromSessionToken(testDb.db, session)).toBeNull();
    expect(await authFromApiToken(testDb.db, token)).toBeNull();
    expect((await attemptSignIn(testDb.db, { email: member.email, password: DEFAULT_TEST_PASSWORD }, "api", 0)).status).toBe("invalid");
  });
});

describe("an event's actor", () => {
  it("must be a user and a token of the event's own organisation", async () => {
    const other = await createOrganization(testDb.db);
    const stranger = await createUser(testDb.db, { organizationId: other.id, role: "ADMIN" });
    const { id: strangerToken } = await issueApiToken(testDb.db, stranger, "test");
    const insert = (actorId: string | null, actorTokenId: string | null) =>
      testDb.db.$executeRawUnsafe(
        `INSERT INTO "AuditEvent" ("id", "organizationId", "actorId", "actorTokenId", "action", "entityType", "entityId") VALUES (gen_random_uuid()::text, $1, $2, $3, 'update-vendor', 'Vendor', 'v1')`,
        organizationId,
        actorId,
        actorTokenId,
      );
    await expect(insert(stranger.id, null)).rejects.toThrow(/foreign key/i);
    await expect(insert(user.id, strangerToken)).rejects.toThrow(/foreign key/i);
    await expect(insert(user.id, null)).resolves.toBe(1);
  });
});
