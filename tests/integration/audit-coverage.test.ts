import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { runWithRequestContext } from "@/lib/server/request-context";
import { useAsAppDb } from "@/tests/setup/app-db";
import { databaseFingerprint } from "@/tests/setup/database-fingerprint";
import { actAs } from "@/tests/setup/next-request-context";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";
import { discoverWriteEntryPoints } from "@/tests/setup/write-entry-points";
import { accountScenarios } from "./audit-coverage/account-scenarios";
import { administrationScenarios } from "./audit-coverage/administration-scenarios";
import { evaluationPageScenarios } from "./audit-coverage/evaluation-page-scenarios";
import { evaluationScenarios } from "./audit-coverage/evaluation-scenarios";
import { vendorScenarios } from "./audit-coverage/vendor-scenarios";
import { createWorld, type AuditedScenario, type PreparedCall, type Scenario, type World, type WritesNothingScenario } from "./audit-coverage/world";

// Every server action and every state-changing route handler of the app, found in the source
// tree, must leave exactly one audit event, written in the same transaction as its change:
// when the event cannot be written, nothing of the change remains. A new entry point fails
// this test until it has a scenario in tests/integration/audit-coverage/.

vi.mock("next/headers", () => import("@/tests/setup/next-request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const scenarios: Record<string, Scenario> = { ...accountScenarios, ...administrationScenarios, ...vendorScenarios, ...evaluationScenarios, ...evaluationPageScenarios };

let testDb: TestDb;
let world: World;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  world = await createWorld(testDb.db);
});
afterAll(async () => testDb?.close());

const isApi = (key: string) => !key.startsWith("action ");
let requestNumber = 0;

/** Calls an entry point as `caller` inside a request context; what it answered, or what it threw (a redirect is an answer). */
async function callAs(key: string, caller: Role | "public", prepared: PreparedCall) {
  actAs(caller === "public" ? null : world.users[caller].session);
  const requestId = `audit-coverage-${++requestNumber}`;
  const credential = caller === "public" ? "" : world.users[caller].token;
  try {
    const value = await runWithRequestContext({ requestId }, () => prepared.call(credential));
    return { requestId, outcome: describeAnswer(key, value) };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { requestId, outcome: { ok: true, detail: "redirected" } };
    return { requestId, outcome: { ok: false, detail: `threw ${(error as Error).message}` } };
  }
}

function describeAnswer(key: string, value: unknown): { ok: boolean; detail: string } {
  if (value instanceof Response) return { ok: value.status < 300, detail: `HTTP ${value.status}` };
  if (isApi(key)) return { ok: false, detail: `answered ${JSON.stringify(value)}` };
  const reply = value as { status?: string; error?: unknown; ok?: boolean; message?: string } | undefined;
  if (reply?.ok === false) return { ok: false, detail: `refused: ${reply.message}` };
  if (reply?.status === "error" || (reply?.error && Object.keys(reply.error).length > 0)) return { ok: false, detail: `form errors ${JSON.stringify(reply.error)}` };
  return { ok: true, detail: "answered" };
}

/** While it is installed, every audit insert fails, as a full disk or a bug in the event would. */
async function withAuditFailing<T>(run: () => Promise<T>): Promise<T> {
  await testDb.db.$executeRawUnsafe(`CREATE FUNCTION audit_coverage_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit insert refused by the test'; END $$`);
  await testDb.db.$executeRawUnsafe(`CREATE TRIGGER audit_coverage_refuse BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_coverage_refuse()`);
  try {
    return await run();
  } finally {
    await testDb.db.$executeRawUnsafe(`DROP TRIGGER audit_coverage_refuse ON "AuditEvent"`);
    await testDb.db.$executeRawUnsafe(`DROP FUNCTION audit_coverage_refuse()`);
  }
}

describe("every entry point that changes data", () => {
  it("has an audit scenario, and every scenario names an entry point that exists", async () => {
    const found = await discoverWriteEntryPoints();
    const missing = found.filter((key) => !(key in scenarios));
    expect(missing, `No audit scenario for these entry points: add one to tests/integration/audit-coverage/ for each`).toEqual([]);
    expect(Object.keys(scenarios).filter((key) => !found.includes(key)), "Scenarios for entry points that no longer exist").toEqual([]);
  });
});

const audited = Object.entries(scenarios).filter((entry): entry is [string, AuditedScenario] => "event" in entry[1]);
const writingNothing = Object.entries(scenarios).filter((entry): entry is [string, WritesNothingScenario] => "writesNothing" in entry[1]);

describe.each(audited)("%s", (key, scenario) => {
  it(`leaves exactly one "${scenario.event.action}" event naming who, which record and the request`, async () => {
    const prepared = await scenario.prepare(world);
    const before = await testDb.db.auditEvent.count();
    const { requestId, outcome } = await callAs(key, scenario.caller, prepared);
    expect(outcome, "the call should succeed").toMatchObject({ ok: true });
    expect(await testDb.db.auditEvent.count()).toBe(before + 1);

    const event = await testDb.db.auditEvent.findFirstOrThrow({ where: { requestId } });
    const caller = scenario.caller === "public" ? null : world.users[scenario.caller];
    expect(event).toMatchObject({
      organizationId: world.organizationId,
      action: scenario.event.action,
      entityType: scenario.event.entityType,
      actorId: prepared.actorId ?? caller?.id,
      // A change made with an API token names the token; one made in the browser does not.
      actorTokenId: caller && isApi(key) ? caller.tokenId : null,
    });
    expect(event.entityId).not.toBe("");
    expect(event.actorEmail).not.toBeNull();
  });

  it("writes nothing at all when its audit event cannot be written", async () => {
    const prepared = await scenario.prepare(world);
    const before = await databaseFingerprint(testDb.db);
    const { outcome } = await withAuditFailing(() => callAs(key, scenario.caller, prepared));
    expect(outcome.ok, `the call should fail without its audit event (${outcome.detail})`).toBe(false);
    expect(await databaseFingerprint(testDb.db)).toEqual(before);
  });
});

describe.each(writingNothing)("%s", (key, scenario) => {
  it(`changes nothing: ${scenario.writesNothing}`, async () => {
    const prepared = await scenario.prepare(world);
    const before = await databaseFingerprint(testDb.db);
    const { outcome } = await callAs(key, scenario.caller, prepared);
    expect(outcome).toMatchObject({ ok: true });
    expect(await databaseFingerprint(testDb.db)).toEqual(before);
  });
});
