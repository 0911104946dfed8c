import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { changePasswordAction, endSessionAction, signOutEverywhereAction } from "@/app/(app)/account/actions";
import { changeUserRoleAction, createUserAction, setUserActiveAction } from "@/app/(app)/settings/actions";
import { removeMatrixOverrideAction, setMatrixOverrideAction } from "@/app/(app)/settings/matrix/actions";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(app)/settings/tokens/actions";
import { authFromApiToken } from "@/lib/server/auth/api-tokens";
import { verifyPassword } from "@/lib/server/auth/password";
import { authFromSessionToken, createSession } from "@/lib/server/auth/sessions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { User } from "@/lib/generated/prisma/client";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser, DEFAULT_TEST_PASSWORD } from "@/prisma/demo/builders/user";
import { useAsAppDb } from "@/tests/setup/app-db";
import { formData, redirectTarget } from "@/tests/setup/form-data";
import { actAs } from "@/tests/setup/next-request-context";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

vi.mock("next/headers", () => import("@/tests/setup/next-request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let testDb: TestDb;
let organizationId: string;
const users = {} as Record<Role | "OTHER_ADMIN", User>;
const sessions = {} as Record<Role | "OTHER_ADMIN", string>;
const NON_ADMINS = ["ANALYST", "PROCUREMENT", "EXECUTIVE"] as const;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const { db } = testDb;
  organizationId = (await createOrganization(db)).id;
  const other = await createOrganization(db);
  for (const role of ["ADMIN", ...NON_ADMINS] as const) {
    users[role] = await createUser(db, { organizationId, role, name: `Pat ${role.toLowerCase()}`, email: `${role.toLowerCase()}@admin-test.example` });
    sessions[role] = (await createSession(db, users[role].id, "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0")).token;
  }
  users.OTHER_ADMIN = await createUser(db, { organizationId: other.id, role: "ADMIN" });
  sessions.OTHER_ADMIN = (await createSession(db, users.OTHER_ADMIN.id, null)).token;
});
afterAll(async () => testDb?.close());

const errorsOf = (reply: { error?: Record<string, string[] | null> | null }) => reply.error ?? {};
const formErrors = (reply: { error?: Record<string, string[] | null> | null }) => errorsOf(reply)[""] ?? [];

async function newUser(role: Role = "ANALYST") {
  return createUser(testDb.db, { organizationId, role });
}

describe("users", () => {
  it("the admin adds a user with a one-time password shown once, stored only as a hash, that must be replaced", async () => {
    actAs(sessions.ADMIN);
    const reply = await createUserAction(undefined, formData({ name: "Dana Reyes", email: "Dana@Hospital.example", role: "ANALYST" }));
    expect(reply.status).toBe("success");
    const oneTimePassword = /one-time password (\S+) —/.exec(reply.notice ?? "")?.[1];
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const dana = await testDb.db.user.findUniqueOrThrow({ where: { email: "dana@hospital.example" } });
    expect(dana).toMatchObject({ organizationId, role: "ANALYST", mustChangePassword: true });
    expect(await verifyPassword(dana.passwordHash, oneTimePassword!)).toBe(true);
    const event = await testDb.db.auditEvent.findFirstOrThrow({ where: { entityId: dana.id, action: "create-user" } });
    expect(JSON.stringify(event)).not.toContain(dana.passwordHash);
    expect(JSON.stringify(event)).not.toContain(oneTimePassword!);
    // The same email again is refused on the field, and nothing is written.
    const again = await createUserAction(undefined, formData({ name: "Dana again", email: "dana@hospital.example", role: "ADMIN" }));
    expect(errorsOf(again).email).toEqual(["This email address already has an account."]);
    expect(await testDb.db.user.count({ where: { email: "dana@hospital.example" } })).toBe(1);
  });

  it("every role but Admin is refused every user change, and nothing changes", async () => {
    const target = await newUser();
    for (const role of NON_ADMINS) {
      actAs(sessions[role]);
      expect(formErrors(await createUserAction(undefined, formData({ name: "X", email: `x-${role}@x.example`, role: "ADMIN" })))[0]).toMatch(/role does not allow/);
      expect(formErrors(await changeUserRoleAction(target.id, undefined, formData({ role: "ADMIN", version: target.version })))[0]).toMatch(/role does not allow/);
      expect(await setUserActiveAction(target.id, { active: false, version: target.version })).toMatchObject({ ok: false, message: expect.stringMatching(/role does not allow/) });
    }
    expect(await testDb.db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "ANALYST", deactivatedAt: null, version: target.version });
  });

  it("changes a role from the version seen, with an audit event; a stale version is a conflict", async () => {
    actAs(sessions.ADMIN);
    const target = await newUser();
    expect((await changeUserRoleAction(target.id, undefined, formData({ role: "PROCUREMENT", version: target.version }))).status).toBe("success");
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("PROCUREMENT");
    const stale = await changeUserRoleAction(target.id, undefined, formData({ role: "EXECUTIVE", version: target.version }));
    expect(formErrors(stale)[0]).toMatch(/changed this user on .*after you opened it/);
    expect(await testDb.db.auditEvent.count({ where: { entityId: target.id, action: "change-user-role" } })).toBe(1);
  });

  it("the last active admin can be neither demoted nor deactivated; with a second admin, the first can be demoted", async () => {
    const { db } = testDb;
    const org = (await createOrganization(db)).id;
    const solo = await createUser(db, { organizationId: org, role: "ADMIN" });
    actAs((await createSession(db, solo.id, null)).token);
    expect(errorsOf(await changeUserRoleAction(solo.id, undefined, formData({ role: "ANALYST", version: solo.version }))).role?.[0]).toMatch(/last active admin/);
    const second = await createUser(db, { organizationId: org, role: "ADMIN" });
    expect(await setUserActiveAction(second.id, { active: false, version: second.version })).toMatchObject({ ok: true });
    // The second admin is deactivated: the first is the last active one again.
    expect(errorsOf(await changeUserRoleAction(solo.id, undefined, formData({ role: "ANALYST", version: solo.version }))).role?.[0]).toMatch(/last active admin/);
    const reactivated = await db.user.findUniqueOrThrow({ where: { id: second.id } });
    expect(await setUserActiveAction(second.id, { active: true, version: reactivated.version })).toMatchObject({ ok: true });
    expect((await changeUserRoleAction(solo.id, undefined, formData({ role: "ANALYST", version: solo.version }))).status).toBe("success");
  });

  it("deactivating ends the user's sessions and tokens at once; nobody deactivates themselves", async () => {
    const { db } = testDb;
    const target = await newUser("PROCUREMENT");
    const session = (await createSession(db, target.id, null)).token;
    actAs(sessions.ADMIN);
    const tokenReply = await createApiTokenAction(undefined, formData({ name: "target's", role: "PROCUREMENT", lifetime: "30" }));
    const token = /: (bpo_\S+) —/.exec(tokenReply.notice ?? "")![1];
    await db.apiToken.updateMany({ where: { tokenHash: { not: "" }, name: "target's" }, data: { userId: target.id } });
    expect(await authFromSessionToken(db, session)).not.toBeNull();
    expect(await authFromApiToken(db, token)).not.toBeNull();

    expect(await setUserActiveAction(target.id, { active: false, version: target.version })).toEqual({ ok: true, value: undefined });
    expect(await authFromSessionToken(db, session)).toBeNull();
    expect(await authFromApiToken(db, token)).toBeNull();
    expect(await setUserActiveAction(users.ADMIN.id, { active: false, version: users.ADMIN.version })).toMatchObject({ ok: false, message: expect.stringMatching(/your own account/) });
  });

  it("another organisation's user is not found", async () => {
    actAs(sessions.ADMIN);
    const theirs = users.OTHER_ADMIN;
    expect(formErrors(await changeUserRoleAction(theirs.id, undefined, formData({ role: "ANALYST", version: theirs.version })))[0]).toMatch(/not found/);
    expect(await setUserActiveAction(theirs.id, { active: false, version: theirs.version })).toMatchObject({ ok: false, message: expect.stringMatching(/not found/) });
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: theirs.id } })).deactivatedAt).toBeNull();
  });
});

describe("the account: password and sessions", () => {
  it("refuses a wrong current password and a common one, each on its field; a good one ends the other sessions only", async () => {
    const { db } = testDb;
    const me = await newUser("EXECUTIVE");
    const here = (await createSession(db, me.id, null)).token;
    const elsewhere = (await createSession(db, me.id, null)).token;
    actAs(here);
    const wrong = await changePasswordAction(undefined, formData({ currentPassword: "not-it-at-all", newPassword: "a-long-new-passphrase", confirmPassword: "a-long-new-passphrase" }));
    expect(errorsOf(wrong).currentPassword).toEqual(["That is not your current password."]);
    const common = await changePasswordAction(undefined, formData({ currentPassword: DEFAULT_TEST_PASSWORD, newPassword: "qwertyuiop12", confirmPassword: "qwertyuiop12" }));
    expect(errorsOf(common).newPassword?.[0]).toMatch(/list of common passwords/);
    const short = await changePasswordAction(undefined, formData({ currentPassword: DEFAULT_TEST_PASSWORD, newPassword: "short", confirmPassword: "short" }));
    expect(errorsOf(short).newPassword?.[0]).toMatch(/at least 12 characters/);
    // Nothing above echoes a password back to the browser.
    expect(JSON.stringify([wrong, common, short])).not.toMatch(/qwertyuiop12|not-it-at-all/);

    const ok = await changePasswordAction(undefined, formData({ currentPassword: DEFAULT_TEST_PASSWORD, newPassword: "lantern orchard copper", confirmPassword: "lantern orchard copper" }));
    expect(ok.status).toBe("success");
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: me.id } })).passwordHash, "lantern orchard copper")).toBe(true);
    expect(await authFromSessionToken(db, here)).not.toBeNull();
    expect(await authFromSessionToken(db, elsewhere)).toBeNull();
  });

  it("a one-time password leads to the password page, and choosing one's own clears it", async () => {
    actAs(sessions.ADMIN);
    const reply = await createUserAction(undefined, formData({ name: "Lee Park", email: "lee@hospital.example", role: "PROCUREMENT" }));
    const oneTime = /one-time password (\S+) —/.exec(reply.notice ?? "")![1];
    const lee = await testDb.db.user.findUniqueOrThrow({ where: { email: "lee@hospital.example" } });
    const session = (await createSession(testDb.db, lee.id, null)).token;
    expect((await authFromSessionToken(testDb.db, session))?.mustChangePassword).toBe(true);
    actAs(session);
    const target = await redirectTarget(changePasswordAction(undefined, formData({ currentPassword: oneTime, newPassword: "harbor violet quartz", confirmPassword: "harbor violet quartz" })));
    expect(target).toBe("/");
    expect((await authFromSessionToken(testDb.db, session))?.mustChangePassword).toBe(false);
  });

  it("ends one's own sessions, one or all, but never someone else's", async () => {
    const { db } = testDb;
    const me = await newUser();
    const here = (await createSession(db, me.id, null)).token;
    const there = await createSession(db, me.id, null);
    const thereId = (await db.session.findFirstOrThrow({ where: { userId: me.id }, orderBy: { createdAt: "desc" } })).id;
    actAs(here);
    const theirs = await db.session.findFirstOrThrow({ where: { userId: users.EXECUTIVE.id } });
    expect(await endSessionAction(theirs.id, {})).toMatchObject({ ok: false, message: expect.stringMatching(/not found/) });
    expect(await endSessionAction(thereId, {})).toEqual({ ok: true, value: undefined });
    expect(await authFromSessionToken(db, there.token)).toBeNull();
    expect(await authFromSessionToken(db, here)).not.toBeNull();
    await createSession(db, me.id, null);
    expect(await redirectTarget(signOutEverywhereAction({}))).toBe("/sign-in");
    expect(await db.session.count({ where: { userId: me.id } })).toBe(0);
  });
});

describe("API tokens", () => {
  it("a named token acts with its own role until revoked; only admins make tokens; another organisation's token is not found", async () => {
    const { db } = testDb;
    actAs(sessions.ADMIN);
    const reply = await createApiTokenAction(undefined, formData({ name: "BI refresh", role: "EXECUTIVE", lifetime: "90" }));
    const token = /: (bpo_\S+) —/.exec(reply.notice ?? "")![1];
    const row = await db.apiToken.findFirstOrThrow({ where: { name: "BI refresh" } });
    expect(row.tokenHash).not.toContain(token);
    expect(await authFromApiToken(db, token)).toMatchObject({ role: "EXECUTIVE", userId: users.ADMIN.id, via: "token" });

    for (const role of NON_ADMINS) {
      actAs(sessions[role]);
      expect(formErrors(await createApiTokenAction(undefined, formData({ name: "mine", role, lifetime: "30" })))[0]).toMatch(/role does not allow/);
      expect(await revokeApiTokenAction(row.id, {})).toMatchObject({ ok: false });
    }
    actAs(sessions.OTHER_ADMIN);
    expect(await revokeApiTokenAction(row.id, {})).toMatchObject({ ok: false, message: expect.stringMatching(/not found/) });
    expect(await authFromApiToken(db, token)).not.toBeNull();

    actAs(sessions.ADMIN);
    expect(await revokeApiTokenAction(row.id, {})).toEqual({ ok: true, value: undefined });
    expect(await authFromApiToken(db, token)).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: row.id, action: { in: ["create-api-token", "revoke-api-token"] } } })).toBe(2);
  });

  it("an expired token is refused, a date in the past is refused, and a demoted creator's tokens stop", async () => {
    const { db } = testDb;
    const creator = await createUser(db, { organizationId, role: "ADMIN" });
    actAs((await createSession(db, creator.id, null)).token);
    expect(errorsOf(await createApiTokenAction(undefined, formData({ name: "past", role: "ANALYST", lifetime: "date", expiresOn: "2020-01-01" }))).expiresOn?.[0]).toMatch(/after today/);
    const reply = await createApiTokenAction(undefined, formData({ name: "analyst job", role: "ANALYST", lifetime: "30" }));
    const token = /: (bpo_\S+) —/.exec(reply.notice ?? "")![1];
    expect(await authFromApiToken(db, token)).toMatchObject({ role: "ANALYST" });
    await db.user.update({ where: { id: creator.id }, data: { role: "PROCUREMENT" } });
    expect(await authFromApiToken(db, token)).toBeNull();
    await db.user.update({ where: { id: creator.id }, data: { role: "ADMIN" } });
    await db.apiToken.updateMany({ where: { name: "analyst job" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authFromApiToken(db, token)).toBeNull();
  });
});

describe("decision-matrix overrides", () => {
  it("the admin overrides a row with a reason and removes it, both audited; other roles are refused", async () => {
    const { db } = testDb;
    for (const role of NON_ADMINS) {
      actAs(sessions[role]);
      expect(formErrors(await setMatrixOverrideAction(undefined, formData({ function: "PATIENT_SCHEDULING", recommendation: "SPECIALIZED", reason: "Our schedulers triage clinical urgency." })))[0]).toMatch(/role does not allow/);
    }
    actAs(sessions.ADMIN);
    const noReason = await setMatrixOverrideAction(undefined, formData({ function: "PATIENT_SCHEDULING", recommendation: "SPECIALIZED", reason: "because" }));
    expect(errorsOf(noReason).reason?.[0]).toMatch(/at least 20 characters/);
    const nothing = await setMatrixOverrideAction(undefined, formData({ function: "PATIENT_SCHEDULING", reason: "A reason that is long enough to count." }));
    expect(errorsOf(nothing).recommendation).toEqual(["Override at least one factor or the recommendation."]);
    expect(await db.matrixOverride.count({ where: { organizationId } })).toBe(0);

    const saved = await setMatrixOverrideAction(undefined, formData({ function: "PATIENT_SCHEDULING", recommendation: "SPECIALIZED", handlesPhi: "no", reason: "Our schedulers triage clinical urgency." }));
    expect(saved.status).toBe("success");
    expect(await db.matrixOverride.findFirstOrThrow({ where: { organizationId, function: "PATIENT_SCHEDULING" } })).toMatchObject({ recommendation: "SPECIALIZED", handlesPhi: false, createdById: users.ADMIN.id });
    expect(await removeMatrixOverrideAction({ function: "PATIENT_SCHEDULING" })).toEqual({ ok: true, value: undefined });
    expect(await db.matrixOverride.count({ where: { organizationId } })).toBe(0);
    expect(await db.auditEvent.findMany({ where: { organizationId, entityType: "MatrixOverride" }, select: { action: true }, orderBy: { createdAt: "asc" } })).toEqual([{ action: "create-matrix-override" }, { action: "remove-matrix-override" }]);
  });
});
