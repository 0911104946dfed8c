import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postTco } from "@/app/api/v1/tco/route";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { TcoResultSchema } from "@/lib/schemas/tco-result";
import { MEDCENTRAL_SCENARIO } from "@/lib/tco/article-fixtures";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { useAsAppDb } from "@/tests/setup/app-db";
import { apiRequest } from "@/tests/setup/api-request";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";
import { TcoWorkerPool } from "@/lib/server/tco/tco-worker-pool";
import { fakeJob, writeFakeTcoWorker } from "@/tests/setup/fake-tco-worker";

let testDb: TestDb;
let token: string;
let executiveId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const org = await createOrganization(testDb.db);
  // Any role may use the calculator: the least privileged one proves it.
  const executive = await createUser(testDb.db, { organizationId: org.id, role: "EXECUTIVE" });
  token = (await issueApiToken(testDb.db, executive, "test")).token;
  executiveId = executive.id;
});
afterAll(async () => testDb?.close());

const post = (options: Parameters<typeof apiRequest>[1]) => postTco(apiRequest("/api/v1/tco", { method: "POST", ...options }), { params: Promise.resolve({}) });

describe("POST /api/v1/tco", () => {
  it("runs the article's MedCentral scenario: the specialized bid pays back within the first quarter", async () => {
    const response = await post({ token, body: { ...MEDCENTRAL_SCENARIO, monteCarlo: { iterations: 2000, seed: 7 } } });
    expect(response.status).toBe(200);
    const result = TcoResultSchema.parse(await response.json());
    const specialized = result.bids.find((bid) => bid.id === "specialized");
    const generalist = result.bids.find((bid) => bid.id === "generalist");
    expect(specialized?.paybackMonth).not.toBeNull();
    expect(specialized?.paybackMonth).toBeLessThanOrEqual(3);
    expect(specialized!.nrr!).toBeGreaterThan(generalist!.nrr!);
    expect(specialized?.uncertainty?.probabilityLowestTco).toBeGreaterThan(0.5);
    const probabilities = result.bids.map((bid) => bid.uncertainty?.probabilityLowestTco ?? 0);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it("stores nothing", async () => {
    const before = await testDb.db.auditEvent.count();
    await post({ token, body: MEDCENTRAL_SCENARIO });
    expect(await testDb.db.auditEvent.count()).toBe(before);
    expect(await testDb.db.evaluation.count()).toBe(0);
  });

  it("answers 401 without credentials", async () => {
    const response = await post({ body: MEDCENTRAL_SCENARIO });
    expect(response.status).toBe(401);
  });

  it("answers 400 with the field paths for an invalid scenario, and for malformed JSON", async () => {
    const invalid = await post({ token, body: { ...MEDCENTRAL_SCENARIO, termMonths: 0, bids: [{ ...MEDCENTRAL_SCENARIO.bids[0], lines: [{ ...MEDCENTRAL_SCENARIO.bids[0].lines[0], performance: { ...MEDCENTRAL_SCENARIO.bids[0].lines[0].performance, denialRate: 1.4 } }] }] } });
    expect(invalid.status).toBe(400);
    const { error } = await invalid.json();
    expect(error.code).toBe("validation_failed");
    expect(error.fields).toHaveProperty("termMonths");
    expect(error.fields).toHaveProperty(["bids.0.lines.0.performance.denialRate"]);

    const malformed = await post({ token, rawBody: '{"termMonths": 12,' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe("invalid_json");
  });

  it("answers 413 above 1 MB", async () => {
    const padding = "x".repeat(1_100_000);
    const response = await post({ token, rawBody: JSON.stringify({ ...MEDCENTRAL_SCENARIO, padding }) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });

  it("answers 400 naming the limit when iterations × bid lines × months is too much work", async () => {
    // 40 bids × 10 lines × 120 months × 100,000 iterations = 4.8 billion line-months.
    const functions = Array.from({ length: 10 }, (_, f) => ({ ...MEDCENTRAL_SCENARIO.functions[0], key: `f${f}` }));
    const bids = Array.from({ length: 40 }, (_, i) => ({ ...MEDCENTRAL_SCENARIO.bids[0], id: `b${i}`, lines: functions.map((f) => ({ ...MEDCENTRAL_SCENARIO.bids[0].lines[0], function: f.key })) }));
    const response = await post({ token, body: { termMonths: 120, functions, bids, monteCarlo: { iterations: 100_000, seed: 1 } } });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.fields["monteCarlo.iterations"]).toBe(
      "Too much work: iterations × bid lines × months is 4,800,000,000, at most 2,500,000,000 is allowed. Ask for fewer iterations.",
    );
  });

  it("answers 429 with Retry-After when the user already has two Monte Carlo runs going", async () => {
    const fake = writeFakeTcoWorker();
    const global = globalThis as unknown as { tcoWorkerPool?: TcoWorkerPool };
    const previous = global.tcoWorkerPool;
    const pool = new TcoWorkerPool({ bundlePath: fake.bundlePath });
    global.tcoWorkerPool = pool;
    try {
      const mine = [pool.run(fakeJob("one", 1, 1_500), { userId: executiveId }), pool.run(fakeJob("two", 1, 0), { userId: executiveId })];
      const third = await post({ token, body: { ...MEDCENTRAL_SCENARIO, monteCarlo: { iterations: 200, seed: 7 } } });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect((await third.json()).error.code).toBe("too_many_requests");
      // Without Monte Carlo nothing queues.
      expect((await post({ token, body: MEDCENTRAL_SCENARIO })).status).toBe(200);
      await Promise.all(mine);
    } finally {
      global.tcoWorkerPool = previous;
      await pool.close();
      fake.remove();
    }
  });
});
