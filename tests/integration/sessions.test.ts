import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authFromSessionToken, createSession } from "@/lib/server/auth/sessions";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let testDb: TestDb;
let userId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  const org = await createOrganization(testDb.db);
  userId = (await createUser(testDb.db, { organizationId: org.id, role: "ANALYST" })).id;
});
afterAll(async () => testDb?.close());

describe("session lifetime", () => {
  it("ends after 12 hours without a request", async () => {
    const start = Date.now() - 30 * DAY;
    const { token } = await createSession(testDb.db, userId, null, new Date(start));
    expect(await authFromSessionToken(testDb.db, token, start + 11 * HOUR)).not.toBeNull();
    // Active at 11 h and 22 h; twelve hours and a minute later, without a request, it has ended.
    expect(await authFromSessionToken(testDb.db, token, start + 22 * HOUR)).not.toBeNull();
    expect(await authFromSessionToken(testDb.db, token, start + 34 * HOUR + 60_000)).toBeNull();
  });

  it("ends 7 days after sign-in however active it is, and the cookie expires then too", async () => {
    const start = Date.now() - 30 * DAY;
    const { token, cookieExpiresAt } = await createSession(testDb.db, userId, null, new Date(start));
    expect(cookieExpiresAt.getTime()).toBe(start + 7 * DAY);
    let at = start;
    while (at < start + 7 * DAY - 6 * HOUR) {
      at += 6 * HOUR;
      expect(await authFromSessionToken(testDb.db, token, at), `after ${(at - start) / HOUR} h`).not.toBeNull();
    }
    const row = await testDb.db.session.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "desc" } });
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(start + 7 * DAY);
    expect(await authFromSessionToken(testDb.db, token, start + 7 * DAY)).toBeNull();
  });

  it("a deactivated user's session ends at once", async () => {
    const org = await createOrganization(testDb.db);
    const user = await createUser(testDb.db, { organizationId: org.id, role: "ADMIN" });
    const { token } = await createSession(testDb.db, user.id, null);
    expect(await authFromSessionToken(testDb.db, token)).not.toBeNull();
    await testDb.db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await authFromSessionToken(testDb.db, token)).toBeNull();
  });
});
