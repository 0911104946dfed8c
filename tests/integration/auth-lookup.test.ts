// Authentication runs on every signed-in request: one round trip to the database for the
// credential, its user and their organisation, and writes only when something is stale —
// without letting anything through that the checks refuse.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authFromApiToken, issueApiToken, LAST_USED_PRECISION_MS } from "@/lib/server/auth/api-tokens";
import { authFromSessionToken, createSession } from "@/lib/server/auth/sessions";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let testDb: TestDb;
const statements: string[] = [];

beforeAll(async () => {
  testDb = await createTestDb({ onQuery: (sql) => statements.push(sql) });
});
afterAll(async () => testDb?.close());
beforeEach(() => {
  statements.length = 0;
});

async function member(role: "ADMIN" | "ANALYST" = "ANALYST") {
  const org = await createOrganization(testDb.db, { name: "Riverside Health" });
  const user = await createUser(testDb.db, { organizationId: org.id, role, name: "Dana Reyes" });
  return { org, user };
}

/** The SQL statements `run` sends. */
async function statementsOf<T>(run: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  statements.length = 0;
  const result = await run();
  return { result, sql: [...statements] };
}

describe("a session cookie", () => {
  it("resolves to its user and organisation in one query", async () => {
    const { org, user } = await member();
    const { token } = await createSession(testDb.db, user.id, null);
    const { result, sql } = await statementsOf(() => authFromSessionToken(testDb.db, token));
    expect(result).toMatchObject({
      userId: user.id,
      email: user.email,
      name: "Dana Reyes",
      role: "ANALYST",
      organizationId: org.id,
      organizationName: "Riverside Health",
      via: "session",
      sessionId: expect.any(String),
      mustChangePassword: false,
    });
    expect(sql).toHaveLength(1);
  });

  it("slides its idle expiry with a second statement only when last seen over 5 minutes ago", async () => {
    const { user } = await member();
    const start = Date.now() - HOUR;
    const { token } = await createSession(testDb.db, user.id, null, new Date(start));
    expect((await statementsOf(() => authFromSessionToken(testDb.db, token, start + 4 * MINUTE))).sql).toHaveLength(1);
    const touched = await statementsOf(() => authFromSessionToken(testDb.db, token, start + 6 * MINUTE));
    expect(touched.result).not.toBeNull();
    expect(touched.sql).toHaveLength(2);
    const row = await testDb.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.lastSeenAt.getTime()).toBe(start + 6 * MINUTE);
  });

  it("is refused when unknown, idle too long, past its absolute end, or its user or organisation is deactivated", async () => {
    expect(await authFromSessionToken(testDb.db, "bs_not-a-session")).toBeNull();

    const idle = await member();
    const start = Date.now() - 2 * 24 * HOUR;
    const old = await createSession(testDb.db, idle.user.id, null, new Date(start));
    expect(await authFromSessionToken(testDb.db, old.token, start + 13 * HOUR)).toBeNull();
    // Past the absolute end (7 days by default) even though it was just active.
    const veteran = await createSession(testDb.db, idle.user.id, null, new Date(Date.now() - 8 * 24 * HOUR));
    await testDb.db.session.updateMany({ where: { userId: idle.user.id }, data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() + HOUR) } });
    expect(await authFromSessionToken(testDb.db, veteran.token)).toBeNull();

    const deactivatedUser = await member();
    const userSession = await createSession(testDb.db, deactivatedUser.user.id, null);
    expect(await authFromSessionToken(testDb.db, userSession.token)).not.toBeNull();
    await testDb.db.user.update({ where: { id: deactivatedUser.user.id }, data: { deactivatedAt: new Date() } });
    expect(await authFromSessionToken(testDb.db, userSession.token)).toBeNull();

    const deactivatedOrg = await member();
    const orgSession = await createSession(testDb.db, deactivatedOrg.user.id, null);
    expect(await authFromSessionToken(testDb.db, orgSession.token)).not.toBeNull();
    await testDb.db.organization.update({ where: { id: deactivatedOrg.org.id }, data: { deactivatedAt: new Date() } });
    expect(await authFromSessionToken(testDb.db, orgSession.token)).toBeNull();
  });

  it("carries a one-time password's flag, so pages send the user to choose their own", async () => {
    const { user } = await member();
    await testDb.db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const { token } = await createSession(testDb.db, user.id, null);
    expect((await authFromSessionToken(testDb.db, token))?.mustChangePassword).toBe(true);
  });
});

describe("a bearer token", () => {
  it("resolves to its user and organisation in one query once its lastUsedAt is fresh", async () => {
    const { org, user } = await member("ADMIN");
    const { id, token } = await issueApiToken(testDb.db, user, "sign-in");
    await testDb.db.apiToken.update({ where: { id }, data: { role: "EXECUTIVE" } });
    const now = new Date();
    await authFromApiToken(testDb.db, token, now);
    const { result, sql } = await statementsOf(() => authFromApiToken(testDb.db, token, new Date(now.getTime() + 1000)));
    expect(result).toMatchObject({ userId: user.id, role: "EXECUTIVE", organizationId: org.id, organizationName: "Riverside Health", via: "token", tokenId: id });
    expect(sql).toHaveLength(1);
  });

  it("writes lastUsedAt on first use and then at most once a minute, not on every call", async () => {
    const { user } = await member();
    const { id, token } = await issueApiToken(testDb.db, user, "sign-in");
    const lastUsedAt = async () => (await testDb.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt?.getTime();
    expect(await lastUsedAt()).toBeUndefined();

    const first = Date.now();
    expect(await authFromApiToken(testDb.db, token, new Date(first))).not.toBeNull();
    expect(await lastUsedAt()).toBe(first);
    for (const later of [1_000, 30_000, LAST_USED_PRECISION_MS - 1]) {
      expect(await authFromApiToken(testDb.db, token, new Date(first + later))).not.toBeNull();
      expect(await lastUsedAt(), `${later} ms later`).toBe(first);
    }
    expect(await authFromApiToken(testDb.db, token, new Date(first + LAST_USED_PRECISION_MS))).not.toBeNull();
    expect(await lastUsedAt()).toBe(first + LAST_USED_PRECISION_MS);
    expect(LAST_USED_PRECISION_MS).toBe(MINUTE);
  });

  it("is refused when unknown, revoked, expired, or its user or organisation is deactivated — even with a fresh lastUsedAt", async () => {
    expect(await authFromApiToken(testDb.db, "bpo_not-a-token")).toBeNull();

    const fresh = async () => {
      const who = await member();
      const issued = await issueApiToken(testDb.db, who.user, "sign-in");
      // Used a moment ago: the refusal must not hinge on the lastUsedAt write.
      expect(await authFromApiToken(testDb.db, issued.token)).not.toBeNull();
      return { ...who, ...issued };
    };

    const revoked = await fresh();
    await testDb.db.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    expect(await authFromApiToken(testDb.db, revoked.token)).toBeNull();

    const expired = await fresh();
    await testDb.db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authFromApiToken(testDb.db, expired.token)).toBeNull();
    const later = await fresh();
    expect(await authFromApiToken(testDb.db, later.token, new Date(later.expiresAt.getTime() + 1))).toBeNull();

    const deactivatedUser = await fresh();
    await testDb.db.user.update({ where: { id: deactivatedUser.user.id }, data: { deactivatedAt: new Date() } });
    expect(await authFromApiToken(testDb.db, deactivatedUser.token)).toBeNull();

    const deactivatedOrg = await fresh();
    await testDb.db.organization.update({ where: { id: deactivatedOrg.org.id }, data: { deactivatedAt: new Date() } });
    expect(await authFromApiToken(testDb.db, deactivatedOrg.token)).toBeNull();
  });

  it("is refused when its role is above what its user may grant today", async () => {
    const { user } = await member("ADMIN");
    const { id, token } = await issueApiToken(testDb.db, user, "sign-in");
    await testDb.db.apiToken.update({ where: { id }, data: { role: "ADMIN" } });
    expect(await authFromApiToken(testDb.db, token)).toMatchObject({ role: "ADMIN" });
    await testDb.db.user.update({ where: { id: user.id }, data: { role: "ANALYST" } });
    expect(await authFromApiToken(testDb.db, token)).toBeNull();
  });
});
