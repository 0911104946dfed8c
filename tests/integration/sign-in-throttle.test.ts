import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { attemptSignIn, REFUSED_SIGN_IN_MIN_MS } from "@/lib/server/auth/check-credentials";
import { MAX_FAILURES_PER_CLIENT, MAX_FAILURES_PER_EMAIL, WINDOW_MS, beginSignInAttempt } from "@/lib/server/auth/sign-in-throttle";
import { runWithRequestContext } from "@/lib/server/request-context";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser, DEFAULT_TEST_PASSWORD } from "@/prisma/demo/builders/user";
import { useAsAppDb } from "@/tests/setup/app-db";
import { apiRequest } from "@/tests/setup/api-request";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
let organizationId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  organizationId = (await createOrganization(testDb.db)).id;
});
afterAll(async () => testDb?.close());

let n = 0;
async function newAccount() {
  const email = `throttle-${++n}@test.example`;
  const user = await createUser(testDb.db, { organizationId, role: "ANALYST", email });
  return { email, user };
}

/** A sign-in through the form's path, from a client address; no answer delay (tests of the delay below). */
function viaForm(email: string, password: string, clientAddress?: string) {
  return runWithRequestContext({ clientAddress }, () => attemptSignIn(testDb.db, { email, password }, "form", 0));
}

/** A sign-in through POST /api/v1/auth/token, from a client address (what the app server puts in the request context). */
function viaApi(email: string, password: string, clientAddress?: string, headers: Record<string, string> = {}) {
  const request = apiRequest("/api/v1/auth/token", { method: "POST", body: { email, password } });
  for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
  return runWithRequestContext({ clientAddress }, () => issueToken(request));
}

const events = (where: object) => testDb.db.securityEvent.findMany({ where, orderBy: { createdAt: "asc" } });

describe("per account", () => {
  it("five failures lock the account for the form and the API alike, whatever address they come from", async () => {
    const { email } = await newAccount();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect((await viaForm(email, `guess-${i}`, `198.51.100.${i}`)).status).toBe("invalid");
    }
    // Locked through the form: the API refuses too, even the right password, from a new address.
    const blocked = await viaApi(email, DEFAULT_TEST_PASSWORD, "203.0.113.99");
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_MS / 1000);
    expect((await blocked.json()).error).toEqual({ code: "too_many_attempts", message: expect.stringMatching(/^Too many failed sign-in attempts. Try again in 1[45] minutes.$/) });
    expect(await viaForm(email, DEFAULT_TEST_PASSWORD, "203.0.113.98")).toMatchObject({ status: "throttled" });
  });

  it("locked through the API, the form refuses as well", async () => {
    const { email } = await newAccount();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) expect((await viaApi(email, `guess-${i}`, `192.0.2.${i}`)).status).toBe(401);
    expect(await viaForm(email, DEFAULT_TEST_PASSWORD, "192.0.2.200")).toMatchObject({ status: "throttled" });
  });

  it("an unknown email is locked the same way, with the same answer", async () => {
    const unknown = "nobody-here@test.example";
    const { email: known } = await newAccount();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      await viaForm(unknown, `guess-${i}`, `198.18.0.${i}`);
      await viaForm(known, `guess-${i}`, `198.18.1.${i}`);
    }
    const [a, b] = [await viaApi(unknown, "x", "198.18.2.1"), await viaApi(known, "x", "198.18.2.2")];
    expect([a.status, b.status]).toEqual([429, 429]);
    expect(await a.json()).toEqual(await b.json());
  });

  it("a successful sign-in clears the account's failures", async () => {
    const { email } = await newAccount();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++) await viaForm(email, `guess-${i}`, "198.51.100.1");
    expect((await viaForm(email, DEFAULT_TEST_PASSWORD, "198.51.100.1")).status).toBe("ok");
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) expect((await viaForm(email, `again-${i}`, "198.51.100.1")).status).toBe("invalid");
    expect((await viaForm(email, DEFAULT_TEST_PASSWORD, "198.51.100.1")).status).toBe("throttled");
  });

  it("of many simultaneous guesses, no more than the limit are checked, and the refused ones leave no trace", async () => {
    const { email } = await newAccount();
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => viaForm(email, `burst-${i}`, `198.51.100.${i}`)));
    const checked = outcomes.filter((outcome) => outcome.status === "invalid").length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_EMAIL);
    expect(outcomes.filter((outcome) => outcome.status === "throttled")).toHaveLength(20 - checked);
    // Only the checked guesses count against the account; a burst does not lock it by itself.
    expect(await testDb.db.securityEvent.count({ where: { email, type: "SIGN_IN_FAILED" } })).toBe(checked);
    if (checked < MAX_FAILURES_PER_EMAIL) expect((await viaForm(email, DEFAULT_TEST_PASSWORD, "198.51.100.99")).status).toBe("ok");
  });

  it("the lock ends when the window has passed", async () => {
    const { email } = await newAccount();
    const past = new Date(Date.now() - WINDOW_MS - 1000);
    await testDb.db.securityEvent.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_EMAIL }, () => ({ type: "SIGN_IN_FAILED" as const, email, channel: "form", createdAt: past })),
    });
    expect((await viaForm(email, DEFAULT_TEST_PASSWORD, "198.51.100.7")).status).toBe("ok");
  });
});

describe("per client address", () => {
  it("thirty failures from one address block it for every account; other addresses are unaffected", async () => {
    const spray = "203.0.113.50";
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) expect((await viaForm(`spray-${i}@test.example`, "x", spray)).status).toBe("invalid");
    const { email } = await newAccount();
    expect(await viaForm(email, DEFAULT_TEST_PASSWORD, spray)).toMatchObject({ status: "throttled" });
    expect((await viaForm(email, DEFAULT_TEST_PASSWORD, "203.0.113.51")).status).toBe("ok");
  });

  it("rotating X-Forwarded-For values do not escape it: the address is the app server's, not the header's", async () => {
    const spray = "203.0.113.60";
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) {
      const { attempt } = await runWithRequestContext({ clientAddress: spray }, () =>
        beginSignInAttempt(testDb.db, { email: `rotate-${i}@test.example`, clientAddress: spray, channel: "api" }),
      );
      expect(attempt.clientAddress).toBe(spray);
    }
    const response = await viaApi("fresh-rotate@test.example", "x", spray, { "x-forwarded-for": "192.0.2.77", "x-real-ip": "192.0.2.78" });
    expect(response.status).toBe(429);
  });

  it("without a known address (no app server) nobody shares a key: only the per-account limit applies", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT + 5; i++) await viaForm(`anon-${i}@test.example`, "x");
    const { email } = await newAccount();
    expect((await viaForm(email, DEFAULT_TEST_PASSWORD)).status).toBe("ok");
  });
});

describe("the security log", () => {
  it("records failed sign-ins, the lockout once, and the sign-in, with address and channel — never the password", async () => {
    const { email, user } = await newAccount();
    await viaApi(email, "wrong-1", "198.51.100.30");
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) await viaForm(email, `wrong-${i + 2}`, "198.51.100.31");
    const rows = await events({ email });
    expect(rows.map((row) => row.type)).toEqual(["SIGN_IN_FAILED", ...Array(MAX_FAILURES_PER_EMAIL - 1).fill("SIGN_IN_FAILED"), "LOCKOUT"]);
    expect(rows[0]).toMatchObject({ channel: "api", clientAddress: "198.51.100.30", userId: user.id, organizationId });
    expect(JSON.stringify(rows)).not.toContain("wrong-");

    const { email: other, user: otherUser } = await newAccount();
    await viaForm(other, DEFAULT_TEST_PASSWORD, "198.51.100.32");
    expect(await events({ email: other })).toEqual([
      expect.objectContaining({ type: "SIGN_IN", channel: "form", userId: otherUser.id, organizationId, clientAddress: "198.51.100.32" }),
    ]);
  });
});

describe("answers do not tell accounts apart", () => {
  it("wrong password, unknown account, deactivated account and lockout all take at least the same minimum time", async () => {
    const { email } = await newAccount();
    const { email: gone } = await newAccount();
    await testDb.db.user.update({ where: { email: gone }, data: { deactivatedAt: new Date() } });
    const { email: locked } = await newAccount();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) await viaForm(locked, `guess-${i}`, "198.51.100.40");

    const cases = [
      [email, "wrong"],
      ["unknown-account@test.example", DEFAULT_TEST_PASSWORD],
      [gone, DEFAULT_TEST_PASSWORD],
      [locked, DEFAULT_TEST_PASSWORD],
    ] as const;
    for (const [who, password] of cases) {
      const started = performance.now();
      const outcome = await runWithRequestContext({ clientAddress: "198.51.100.41" }, () => attemptSignIn(testDb.db, { email: who, password }, "api"));
      expect(outcome.status).not.toBe("ok");
      expect(performance.now() - started).toBeGreaterThanOrEqual(REFUSED_SIGN_IN_MIN_MS - 1);
    }
  });
});
