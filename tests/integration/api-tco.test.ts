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

let testDb: TestDb;
let token: string;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const org = await createOrganization(testDb.db);
  // Any role may use the calculator: the least privileged one proves it.
  const executive = await createUser(testDb.db, { organizationId: org.id, role: "EXECUTIVE" });
  token = (await issueApiToken(testDb.db, executive, "test")).token;
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
});
