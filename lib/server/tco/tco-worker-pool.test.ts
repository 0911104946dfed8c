import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BusyError, describeDomainError } from "@/lib/server/domain-errors";
import { TcoWorkerPool, type TcoWorkerPoolOptions } from "@/lib/server/tco/tco-worker-pool";
import { fakeJob as job, tagOf, writeFakeTcoWorker } from "@/tests/setup/fake-tco-worker";

// The pool's bounds tried on real worker threads running a stand-in worker (tests/setup/fake-tco-worker.ts).

let fake: ReturnType<typeof writeFakeTcoWorker>;
const pools: TcoWorkerPool[] = [];

beforeAll(() => {
  fake = writeFakeTcoWorker();
});
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});
afterAll(() => fake.remove());

function poolWith(options: Omit<TcoWorkerPoolOptions, "bundlePath">): TcoWorkerPool {
  const pool = new TcoWorkerPool({ bundlePath: fake.bundlePath, smallWork: 1_000, ...options });
  pools.push(pool);
  return pool;
}

const lanes = (largeQueued: number) => ({ small: { workers: 1, maxQueued: 4 }, large: { workers: 1, maxQueued: largeQueued } });

describe("the Monte Carlo worker pool", () => {
  it("sends runs to a lane by their work", () => {
    const pool = poolWith({});
    expect(pool.laneOf(job("s", 1_000, 0))).toBe("small");
    expect(pool.laneOf(job("b", 1_001, 0))).toBe("large");
  });

  it("answers a small run while big ones still hold the large lane", async () => {
    const pool = poolWith({ lanes: lanes(4) });
    const finished: string[] = [];
    const big = ["big-1", "big-2", "big-3"].map((tag) => pool.run(job(tag, 1_000_000, 600)).then((r) => finished.push(tagOf(r))));
    const small = pool.run(job("small", 500, 0)).then((r) => finished.push(tagOf(r)));
    await Promise.all([...big, small]);
    expect(finished).toEqual(["small", "big-1", "big-2", "big-3"]);
  });

  it("refuses a run at once with 503 and Retry-After when its lane's queue is full, and takes runs again once it drains", async () => {
    const pool = poolWith({ lanes: lanes(1) });
    const order: string[] = [];
    const running = pool.run(job("running", 500_000_000, 400)).then((r) => order.push(tagOf(r)));
    const queued = pool.run(job("queued", 500_000_000, 0)).then((r) => order.push(tagOf(r)));
    const refused = await pool.run(job("refused", 500_000_000, 0)).then(
      () => null,
      (error: unknown) => (order.push("refused"), error),
    );
    expect(refused).toBeInstanceOf(BusyError);
    expect((refused as BusyError).status).toBe(503);
    // Two runs of 500 M line-months wait or run: 4 s at 250 M line-months/s.
    expect((refused as BusyError).retryAfterSeconds).toBe(4);
    expect(describeDomainError(refused)).toMatchObject({ status: 503, code: "busy", headers: { "Retry-After": "4" } });
    await Promise.all([running, queued]);
    expect(order).toEqual(["refused", "running", "queued"]);
    expect(tagOf(await pool.run(job("later", 500_000_000, 0)))).toBe("later");
  });

  it("lets one user have two runs at a time (429 for a third) while others still get theirs", async () => {
    const pool = poolWith({ lanes: lanes(4), perUser: 2 });
    const first = pool.run(job("a1", 500, 200), { userId: "a" });
    const second = pool.run(job("a2", 500, 0), { userId: "a" });
    const third = await pool.run(job("a3", 500, 0), { userId: "a" }).catch((error: unknown) => error);
    expect(third).toBeInstanceOf(BusyError);
    expect((third as BusyError).status).toBe(429);
    expect(describeDomainError(third)).toMatchObject({ status: 429, code: "too_many_requests", headers: { "Retry-After": expect.stringMatching(/^\d+$/) } });
    expect(tagOf(await pool.run(job("b1", 500, 0), { userId: "b" }))).toBe("b1");
    expect((await Promise.all([first, second])).map(tagOf)).toEqual(["a1", "a2"]);
    // Finished runs free the user's places, failed or not.
    expect(tagOf(await pool.run(job("a4", 500, 0), { userId: "a" }))).toBe("a4");
  });

  it("stops a run that exceeds its time with 503, frees the user's place and serves the next run on a fresh worker", async () => {
    // Long enough for a fresh worker to start on a loaded machine.
    const pool = poolWith({ lanes: lanes(4), timeoutMs: 2_000, perUser: 1 });
    const stuck = await pool.run(job("stuck", 500, 60_000), { userId: "a" }).catch((error: unknown) => error);
    expect(stuck).toBeInstanceOf(BusyError);
    expect((stuck as BusyError).status).toBe(503);
    expect((stuck as BusyError).message).toContain("took longer than 2 s");
    expect(tagOf(await pool.run(job("next", 500, 0), { userId: "a" }))).toBe("next");
  });
});
