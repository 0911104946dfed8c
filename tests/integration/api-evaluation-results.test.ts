import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getResults } from "@/app/api/v1/evaluations/[id]/results/route";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import type { Role } from "@/lib/generated/prisma/enums";
import { TcoWorkerPool } from "@/lib/server/tco/tco-worker-pool";
import { getEvaluationResults } from "@/lib/server/evaluations/evaluation-results";
import type { EvaluationResults } from "@/lib/evaluation/evaluation-results";
import { seedDemoData, MEDCENTRAL } from "@/prisma/seed";
import { MEDCENTRAL_EVALUATION_NAME } from "@/prisma/demo/medcentral-evaluation";
import { useAsAppDb } from "@/tests/setup/app-db";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";
import { fakeJob, writeFakeTcoWorker } from "@/tests/setup/fake-tco-worker";

let testDb: TestDb;
const tokens = {} as Record<Role | "OTHER", string>;
let evaluationId: string;
let otherEvaluationId: string;
let organizationId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const { db } = testDb;
  await seedDemoData(db);
  const org = await db.organization.findUniqueOrThrow({ where: { slug: MEDCENTRAL.slug } });
  for (const role of ["ADMIN", "ANALYST", "PROCUREMENT", "EXECUTIVE"] as const) {
    const user = await db.user.findFirstOrThrow({ where: { organizationId: org.id, role } });
    tokens[role] = (await issueApiToken(db, user, "test")).token;
  }
  organizationId = org.id;
  const other = await db.user.findFirstOrThrow({ where: { organizationId: { not: org.id } } });
  tokens.OTHER = (await issueApiToken(db, other, "test")).token;
  evaluationId = (await db.evaluation.findFirstOrThrow({ where: { organizationId: org.id, name: MEDCENTRAL_EVALUATION_NAME } })).id;
  const otherOrgEvaluation = await db.evaluation.create({
    data: { organizationId: other.organizationId, name: "Theirs", monteCarloSeed: 1 },
  });
  otherEvaluationId = otherOrgEvaluation.id;
}, 120_000);
afterAll(async () => testDb?.close());

const get = (id: string, query = "", token?: string) =>
  getResults(apiRequest(`/api/v1/evaluations/${id}/results${query}`, { token }), routeParams({ id }));

describe("GET /api/v1/evaluations/{id}/results", () => {
  it("gives every role the ranking, scores, TCO, payback and weight stability of the demo evaluation", async () => {
    for (const role of ["ADMIN", "ANALYST", "PROCUREMENT", "EXECUTIVE"] as const) {
      const response = await get(evaluationId, "", tokens[role]);
      expect(response.status).toBe(200);
      const results = (await response.json()) as EvaluationResults;
      const byLabel = Object.fromEntries(results.bids.map((b) => [b.label, b]));
      const specialized = byLabel["Specialized RCM partner"];
      expect(specialized).toMatchObject({ rank: 1, qualified: true });
      expect(specialized.paybackMonth).toBeLessThanOrEqual(3);
      expect(specialized.nrr).toBeGreaterThan(byLabel["Incumbent renewal (generalist)"].nrr!);
      expect(specialized.tco).toBeLessThan(byLabel["Incumbent renewal (generalist)"].tco);
      expect(results.weightStability?.leaderId).toBe(specialized.id);
      expect(results.weightStability?.intervals.map((i) => i.key)).toEqual(results.criteria.map((c) => c.key));
      // The coding boutique codes better: enough weight on coding accuracy would overtake the leader.
      expect(results.weightStability?.intervals.find((i) => i.key === "CODING_ACCURACY")?.high).not.toBeNull();
      const boutique = byLabel["Coding boutique (coding only)"];
      expect(boutique.uncoveredFunctionKeys).toHaveLength(2);
      expect(boutique.notes.map((n) => n.kind)).toContain("PARTIAL_SCOPE");
      // Claims-only vendor: disqualified by the PHI gate, ranked last, its claims haircut and said so.
      const autonomous = byLabel["Autonomous automation"];
      expect(autonomous).toMatchObject({ qualified: false, rank: results.bids.length, rankAcceptability: 0 });
      expect(autonomous.disqualificationReasons[0]).toMatch(/^Fails the PHI gate: no current SOC 2 Type II/);
      expect(autonomous.notes.some((n) => n.kind === "CLAIM_ONLY" && n.haircutApplied)).toBe(true);
      expect(results.uncertainty).toBeUndefined();
    }
  });

  it("adds the uncertainty block with ?monteCarlo=N, and the same seed gives identical figures", async () => {
    const pool = new TcoWorkerPool({ bundlePath: "/nonexistent/tco-worker.mjs" });
    const response = await get(evaluationId, "?monteCarlo=300", tokens.EXECUTIVE);
    expect(response.status).toBe(200);
    const first = (await response.json()) as EvaluationResults;
    const again = (await (await get(evaluationId, "?monteCarlo=300", tokens.EXECUTIVE)).json()) as EvaluationResults;
    expect(first.uncertainty).toEqual(again.uncertainty);
    expect(first.uncertainty?.iterations).toBe(300);
    const specialized = first.bids.find((b) => b.label === "Specialized RCM partner")!;
    const band = first.uncertainty!.bids[specialized.id];
    expect(band.tco.p10!).toBeLessThanOrEqual(band.tco.p90!);
    expect(band.nrr.p10!).toBeLessThanOrEqual(band.nrr.p90!);
    expect(band.cumulativeNetBenefit?.p10).toHaveLength(first.termMonths);
    const probabilities = Object.values(first.uncertainty!.bids).reduce((sum, b) => sum + b.probabilityLowestTco, 0);
    expect(probabilities).toBeCloseTo(1, 10);
    // The page's server function gives the very same numbers as the route.
    const cfo = { userId: "u", email: "cfo@medcentral.example", name: "CFO", role: "EXECUTIVE" as const, organizationId, organizationName: "MedCentral Health", via: "session" as const };
    const viaServer = await getEvaluationResults(cfo, evaluationId, { monteCarlo: 300, pool });
    expect(viaServer.uncertainty).toEqual(first.uncertainty);
    expect(viaServer.bids).toEqual(first.bids);
  });

  it("refuses an out-of-range iteration count with a 400 naming the field", async () => {
    for (const query of ["?monteCarlo=1000000", "?monteCarlo=99", "?monteCarlo=abc", "?monteCarlo=1e4"]) {
      const response = await get(evaluationId, query, tokens.PROCUREMENT);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe("validation_failed");
      expect(body.error.fields.monteCarlo).toContain("from 100 to 50,000");
    }
  });

  it("answers 404 for another organisation's evaluation and an unknown id, 401 without credentials", async () => {
    expect((await get(otherEvaluationId, "", tokens.ADMIN)).status).toBe(404);
    expect((await get("no-such-evaluation", "", tokens.ADMIN)).status).toBe(404);
    expect((await get(evaluationId, "", tokens.OTHER)).status).toBe(404);
    const anonymous = await get(evaluationId);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("unauthenticated");
  });

  it("answers a Monte Carlo request at once with 503 and Retry-After when the pool is full, and the deterministic results still", async () => {
    const fake = writeFakeTcoWorker();
    const global = globalThis as unknown as { tcoWorkerPool?: TcoWorkerPool };
    const previous = global.tcoWorkerPool;
    // No room to wait in either lane, and both lanes' workers busy for a while.
    const full = new TcoWorkerPool({ bundlePath: fake.bundlePath, lanes: { small: { workers: 1, maxQueued: 0 }, large: { workers: 1, maxQueued: 0 } } });
    global.tcoWorkerPool = full;
    try {
      const holding = [full.run(fakeJob("small", 1, 3_000)), full.run(fakeJob("large", 1_000_000_000, 3_000))];
      const refused = await get(evaluationId, "?monteCarlo=1000", tokens.EXECUTIVE);
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect((await refused.json()).error).toMatchObject({ code: "busy", message: expect.stringContaining("try again") });
      expect((await get(evaluationId, "", tokens.EXECUTIVE)).status).toBe(200);
      await Promise.all(holding);
    } finally {
      global.tcoWorkerPool = previous;
      await full.close();
      fake.remove();
    }
  });
});
