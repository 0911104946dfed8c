// The PostgreSQL server goes away while the app runs: the API answers 503 with Retry-After
// within 5 s (no hang), pages get a "temporarily unavailable" page, both recover by
// themselves when it returns, and no acknowledged write is lost or half-written.
// The outage is a TCP proxy between the app and TEST_DATABASE_URL that the test cuts
// (connections reset, new ones refused) or freezes (connections open, nothing passes).
// Runs with TEST_DATABASE_URL only (vitest.config.mts): the embedded database lives inside
// the app's process and cannot go away without the app.
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listVendors, POST as postVendor } from "@/app/api/v1/vendors/route";
import { isDatabaseUnavailableDigest } from "@/lib/database-unavailable-digest";
import { closeDb, getDb } from "@/lib/server/db/client";
import { probeDatabase } from "@/lib/server/db/database-health";
import { databaseGate } from "@/lib/server/http/database-gate";
import { requestListener } from "@/lib/server/http/request-listener";
import { withRequestReference } from "@/lib/server/unexpected-error";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { apiRequest } from "@/tests/setup/api-request";
import { TcpProxy } from "@/tests/setup/tcp-proxy";

const serverUrl = process.env.TEST_DATABASE_URL!;
const schema = `test_${randomBytes(6).toString("hex")}`;
let proxy: TcpProxy;
let token: string;
let organizationId: string;

beforeAll(async () => {
  const target = new URL(serverUrl);
  proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
  const url = new URL(serverUrl);
  url.port = String(await proxy.start());
  url.hostname = "127.0.0.1";
  url.searchParams.set("schema", schema);
  process.env.DATABASE_URL = url.toString();
  const db = await getDb();
  organizationId = (await createOrganization(db)).id;
  const analyst = await createUser(db, { organizationId, role: "ANALYST" });
  token = (await issueApiToken(db, analyst, "outage test")).token;
});

afterAll(async () => {
  await proxy?.restore();
  await closeDb();
  await proxy?.stop();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
});

const list = () => listVendors(apiRequest("/api/v1/vendors", { token }));
const create = (name: string) =>
  postVendor(apiRequest("/api/v1/vendors", { method: "POST", token, body: { name, operatingModel: "SPECIALIZED", aiUse: "NONE", functionsServed: ["MEDICAL_CODING"] } }));

async function timed<T>(call: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await call();
  return { result, ms: performance.now() - started };
}

async function expectUnavailable(response: Response, ms: number): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("5");
  expect((await response.json()).error).toMatchObject({ code: "database_unavailable", message: expect.stringMatching(/temporarily unavailable/) });
  expect(ms).toBeLessThan(5_000);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the API while the database server is away", () => {
  it("answers 503 with Retry-After at once when the server is down, and serves again when it is back, without a restart", async () => {
    expect((await list()).status).toBe(200);
    await proxy.cut();
    const read = await timed(list);
    await expectUnavailable(read.result, read.ms);
    const write = await timed(() => create("During the outage"));
    await expectUnavailable(write.result, write.ms);

    await proxy.restore();
    expect((await list()).status).toBe(200);
    expect((await create("After the outage")).status).toBe(201);
  });

  it("answers 503 within 5 s when the network goes silent (the timeouts end the wait), and recovers", async () => {
    expect((await list()).status).toBe(200);
    proxy.freeze();
    const read = await timed(list);
    await expectUnavailable(read.result, read.ms);
    const write = await timed(() => create("While silent"));
    await expectUnavailable(write.result, write.ms);

    await proxy.restore();
    expect((await list()).status).toBe(200);
  });

  it("keeps every acknowledged write, each with its one audit event, while the server goes down and comes back twice", async () => {
    const outcomes: { name: string; status: number; ms: number }[] = [];
    let acknowledged = 0;
    let writersDone = false;
    const writer = async (lane: number) => {
      for (let i = 0; i < 20; i++) {
        const name = `Lane ${lane} vendor ${i}`;
        const { result, ms } = await timed(() => create(name));
        outcomes.push({ name, status: result.status, ms });
        if (result.status === 201) acknowledged++;
        // A client waits before trying again (Retry-After, shortened for the test).
        else await sleep(200);
      }
    };
    const waitForAcknowledged = async (count: number) => {
      while (acknowledged < count && !writersDone) await sleep(5);
    };
    const outages = (async () => {
      await waitForAcknowledged(8);
      await proxy.cut();
      await sleep(1_500);
      await proxy.restore();
      await waitForAcknowledged(24);
      proxy.freeze();
      await sleep(4_000);
      await proxy.restore();
    })();
    await Promise.all([writer(1), writer(2), writer(3)]).finally(() => {
      writersDone = true;
    });
    await outages;

    // Each write was either acknowledged or answered 503 in time: no 500, no hang.
    expect(outcomes.filter(({ status }) => status !== 201 && status !== 503)).toEqual([]);
    expect(outcomes.filter(({ status }) => status === 503).length).toBeGreaterThan(0);
    // A write whose transaction the silence catches half-way waits for its statement and then
    // its rollback to time out (2 × 3.5 s); a request arriving during the outage gets its 503
    // within 5 s (the tests above).
    expect(outcomes.filter(({ ms }) => ms >= 9_000)).toEqual([]);
    // After both outages the app takes writes again by itself.
    const after = await create("Lane 0 after both outages");
    expect(after.status).toBe(201);
    outcomes.push({ name: "Lane 0 after both outages", status: after.status, ms: 0 });

    const db = await getDb();
    const stored = await db.vendor.findMany({ where: { organizationId, name: { startsWith: "Lane " } }, select: { id: true, name: true } });
    const storedNames = new Set(stored.map(({ name }) => name));
    for (const { name, status } of outcomes) if (status === 201) expect(storedNames).toContain(name);
    // Every stored vendor is a write that was attempted, with exactly one audit event: none half-written.
    const attempted = new Set(outcomes.map(({ name }) => name));
    for (const name of storedNames) expect(attempted).toContain(name);
    const events = await db.auditEvent.groupBy({ by: ["entityId"], where: { action: "create-vendor", entityId: { in: stored.map(({ id }) => id) } }, _count: true });
    expect(events).toHaveLength(stored.length);
    expect(events.every(({ _count }) => _count === 1)).toBe(true);
  }, 120_000);
});

describe("pages and server actions while the database server is away", () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const page = databaseGate(async (_request, response) => {
      response.end("the page");
    }, probeDatabase);
    server = createServer(requestListener(page, null));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("shows a 'temporarily unavailable' page with Retry-After instead of the page, and the page again once the server is back", async () => {
    expect((await fetch(`${origin}/vendors`)).status).toBe(200);
    await proxy.cut();
    await sleep(1_100); // the probe trusts a success for a second
    const { result: response, ms } = await timed(() => fetch(`${origin}/vendors`));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.text()).toMatch(/Temporarily unavailable[\s\S]*Try again shortly/);
    expect(ms).toBeLessThan(5_000);
    // Assets and the API are not gated: the API answers for itself in JSON.
    expect((await fetch(`${origin}/_next/static/x.js`)).status).toBe(200);

    await proxy.restore();
    const back = await fetch(`${origin}/vendors`);
    expect(back.status).toBe(200);
    expect(await back.text()).toBe("the page");
  });

  it("marks a server action's failure as 'database unavailable', so the notice says to try again shortly", async () => {
    await proxy.cut();
    const db = await getDb();
    const failure = await withRequestReference(() => db.vendor.count()).catch((error: unknown) => error as Error & { digest?: string });
    expect(isDatabaseUnavailableDigest((failure as { digest?: string }).digest)).toBe(true);
    await proxy.restore();
    await expect(withRequestReference(() => db.vendor.count())).resolves.toBeGreaterThanOrEqual(0);
  });
});
