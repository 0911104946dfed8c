import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/server/api/api-error";
import { runTcoRequest } from "@/lib/server/tco/run-tco-request";
import { TcoWorkerPool } from "@/lib/server/tco/tco-worker-pool";
import { MEDCENTRAL_SCENARIO } from "@/lib/tco/article-fixtures";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import { TcoResultSchema } from "@/lib/schemas/tco-result";

// The tests bend the fixture into invalid shapes that its types forbid.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mutable = any;

const inThread = new TcoWorkerPool({ bundlePath: "/nonexistent/tco-worker.mjs" });

async function fieldsOf(body: unknown): Promise<Record<string, string>> {
  try {
    await runTcoRequest(body, inThread);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    return (error as ApiError).fields ?? {};
  }
  throw new Error("expected a 400");
}

describe("runTcoRequest validation", () => {
  it("names each bad field", async () => {
    const body = structuredClone(MEDCENTRAL_SCENARIO) as Mutable;
    body.termMonths = 0;
    body.functions[0].baseline.denialRate = 1.4;
    body.bids[0].lines[0].performance.codingAccuracy = { low: 0.9, mode: 0.8, high: 0.95 };
    body.bids[1].lines[0].function = "nope";
    body.assumptions = { rampMonths: -1, typo: 1 };
    const fields = await fieldsOf(body);
    expect(fields).toMatchObject({
      termMonths: "Must be at least 1",
      "functions.0.baseline.denialRate": expect.stringContaining("at most 1"),
      "bids.0.lines.0.performance.codingAccuracy": "A range needs low ≤ mode ≤ high",
      "bids.1.lines.0.function": expect.stringContaining('Unknown function key "nope"'),
      "assumptions.rampMonths": "Must be at least 0",
    });
    expect(Object.keys(fields).some((k) => k.startsWith("assumptions"))).toBe(true);
  });
  it.each([null, [], "text", 42, {}])("refuses %j with a 400", async (body) => {
    expect(Object.keys(await fieldsOf(body)).length).toBeGreaterThan(0);
  });
  it("refuses a PER_HOUR line without hours and a percent-of-collections rate above 1", async () => {
    const body = structuredClone(MEDCENTRAL_SCENARIO) as Mutable;
    delete body.bids[0].lines[0].pricing.hoursPerMonth;
    body.bids[1].lines[0].pricing = { model: "PERCENT_OF_COLLECTIONS", rate: 4 };
    expect(await fieldsOf(body)).toMatchObject({
      "bids.0.lines.0.pricing.hoursPerMonth": "Required for PER_HOUR pricing",
      "bids.1.lines.0.pricing.rate": expect.stringContaining("at most 1"),
    });
  });
  it("refuses duplicate keys and ids, and too much Monte Carlo work", async () => {
    const body = structuredClone(MEDCENTRAL_SCENARIO) as Mutable;
    body.bids[1].id = "generalist";
    body.functions.push({ ...body.functions[0] });
    const fields = await fieldsOf(body);
    expect(fields["bids.1.id"]).toContain("Duplicate");
    expect(fields["functions.1.key"]).toContain("Duplicate");
    // 50 bids × 11 lines × 100,000 iterations = 55 M > 50 M line-iterations.
    const functions = Array.from({ length: 11 }, (_, f) => ({ ...MEDCENTRAL_SCENARIO.functions[0], key: `f${f}` }));
    const bids = Array.from({ length: 50 }, (_, i) => ({ ...MEDCENTRAL_SCENARIO.bids[0], id: `b${i}`, lines: functions.map((f) => ({ ...MEDCENTRAL_SCENARIO.bids[0].lines[0], function: f.key })) }));
    expect(await fieldsOf({ termMonths: 12, functions, bids, monteCarlo: { iterations: 100_000, seed: 1 } })).toEqual({
      "monteCarlo.iterations": expect.stringContaining("Too much work"),
    });
  });
});

describe("runTcoRequest results", () => {
  it("deterministic: the engine's result, valid against the public response schema", async () => {
    const result = await runTcoRequest(MEDCENTRAL_SCENARIO, inThread);
    expect(result).toEqual(runTcoScenario(MEDCENTRAL_SCENARIO));
    expect(TcoResultSchema.safeParse(result).success).toBe(true);
  });

  describe("on a worker thread", () => {
    let dir: string;
    let pool: TcoWorkerPool;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), "tco-worker-"));
      const bundle = path.join(dir, "tco-worker.mjs");
      const build = spawnSync(process.execPath, ["scripts/build-worker.mjs", "--outfile", bundle], { encoding: "utf8" });
      expect(build.status, build.stderr).toBe(0);
      pool = new TcoWorkerPool({ bundlePath: bundle });
    }, 60_000);
    afterAll(async () => {
      await pool.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("Monte Carlo runs off-thread and gives the same numbers as in-thread", async () => {
      expect(pool.threaded).toBe(true);
      const body = { ...structuredClone(MEDCENTRAL_SCENARIO), monteCarlo: { iterations: 500, seed: 7 } };
      body.bids[1].lines[0].performance.denialRate = { low: 0.04, mode: 0.05, high: 0.08 };
      const [a, b, c] = await Promise.all([runTcoRequest(body, pool), runTcoRequest(body, pool), runTcoRequest(body, inThread)]);
      expect(a).toEqual(c);
      expect(b).toEqual(c);
      expect(a.bids[1].uncertainty?.probabilityLowestTco).toBe(1);
    });
  });
});
