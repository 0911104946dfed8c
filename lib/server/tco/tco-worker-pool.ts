import "server-only";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { BusyError } from "@/lib/server/domain-errors";
import { MONTE_CARLO_WORK_PER_SECOND, SMALL_MONTE_CARLO_WORK, monteCarloWork } from "@/lib/tco/monte-carlo-work";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import type { TcoScenario } from "@/lib/tco/scenario";
import type { TcoResult } from "@/lib/tco/tco-result";
import type { TcoWorkerRequest, TcoWorkerResponse } from "@/lib/server/tco/tco-worker";

/** Where scripts/build-worker.mjs writes the bundled worker (Next bundles server code, so a .ts worker path is unreliable). */
export const DEFAULT_WORKER_BUNDLE = path.join(process.cwd(), ".worker", "tco-worker.mjs");

export type LaneName = "small" | "large";

export interface LaneOptions {
  /** Worker threads of the lane. */
  workers: number;
  /** Runs that may wait for a worker; one more is refused with 503. */
  maxQueued: number;
}

export interface TcoWorkerPoolOptions {
  bundlePath?: string;
  /** Runs of at most this much work (line-months, lib/tco/monte-carlo-work.ts) go to the small lane. */
  smallWork?: number;
  lanes?: Record<LaneName, LaneOptions>;
  /** Runs one user may have in the pool (waiting or running); one more is refused with 429. */
  perUser?: number;
  /** A run that takes longer on its worker is stopped and answered 503. */
  timeoutMs?: number;
}

export interface RunOptions {
  /** Whose run it is, for the per-user limit; omitted for runs of the server itself (benchmarks). */
  userId?: string;
}

interface Task {
  id: number;
  scenario: TcoScenario;
  work: number;
  userId: string | undefined;
  resolve: (result: TcoResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

interface Lane {
  name: LaneName;
  options: LaneOptions;
  slots: Slot[];
  queue: Task[];
}

/** One core for the request thread, the rest for big runs; the small lane always has its own worker. */
function defaultLanes(): Record<LaneName, LaneOptions> {
  return { small: { workers: 1, maxQueued: 16 }, large: { workers: Math.max(1, availableParallelism() - 1), maxQueued: 4 } };
}

/**
 * Worker threads that run Monte Carlo off the request thread, bounded so that no caller can make
 * the others wait without end (issue 11):
 * - two lanes with their own workers and queues: runs of at most `smallWork` line-months (the
 *   TCO page's default run) never wait behind big ones;
 * - each lane's queue is bounded: when it is full the run is refused at once (503, Retry-After);
 * - one user may have `perUser` runs in the pool; one more is refused (429, Retry-After);
 * - a run that takes longer than `timeoutMs` on its worker is stopped (the worker is replaced)
 *   and answered 503.
 * Without the bundle (unit tests, `next dev` before a build) it runs in-thread instead.
 */
export class TcoWorkerPool {
  private readonly bundlePath: string;
  private readonly smallWork: number;
  private readonly perUser: number;
  private readonly timeoutMs: number;
  private readonly lanes: Record<LaneName, Lane>;
  private readonly runsByUser = new Map<string, number>();
  private nextId = 1;

  constructor(options: TcoWorkerPoolOptions = {}) {
    this.bundlePath = options.bundlePath ?? DEFAULT_WORKER_BUNDLE;
    this.smallWork = options.smallWork ?? SMALL_MONTE_CARLO_WORK;
    this.perUser = options.perUser ?? 2;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    const lanes = options.lanes ?? defaultLanes();
    this.lanes = {
      small: { name: "small", options: lanes.small, slots: [], queue: [] },
      large: { name: "large", options: lanes.large, slots: [], queue: [] },
    };
  }

  /** True when tasks run on worker threads (the bundle exists). */
  get threaded(): boolean {
    return existsSync(this.bundlePath);
  }

  /** The lane a scenario's run goes to. */
  laneOf(scenario: TcoScenario): LaneName {
    return monteCarloWork(scenario) <= this.smallWork ? "small" : "large";
  }

  /** Runs the scenario; rejects with BusyError (429 or 503) rather than waiting when the pool is full. */
  run(scenario: TcoScenario, options: RunOptions = {}): Promise<TcoResult> {
    if (!this.threaded) return Promise.resolve().then(() => runTcoScenario(scenario));
    const lane = this.lanes[this.laneOf(scenario)];
    const work = monteCarloWork(scenario);
    const { userId } = options;
    if (userId !== undefined && (this.runsByUser.get(userId) ?? 0) >= this.perUser) {
      return Promise.reject(
        new BusyError(429, `You already have ${this.perUser} uncertainty analyses running; try again when one has finished.`, this.retryAfterSeconds(lane)),
      );
    }
    const idle = lane.slots.some((slot) => slot.task === null) || lane.slots.length < lane.options.workers;
    if (!idle && lane.queue.length >= lane.options.maxQueued) {
      return Promise.reject(new BusyError(503, "The server is busy with other uncertainty analyses; try again shortly.", this.retryAfterSeconds(lane)));
    }
    if (userId !== undefined) this.runsByUser.set(userId, (this.runsByUser.get(userId) ?? 0) + 1);
    return new Promise<TcoResult>((resolve, reject) => {
      const release = () => {
        if (userId === undefined) return;
        const left = (this.runsByUser.get(userId) ?? 1) - 1;
        if (left > 0) this.runsByUser.set(userId, left);
        else this.runsByUser.delete(userId);
      };
      lane.queue.push({
        id: this.nextId++,
        scenario,
        work,
        userId,
        resolve: (result) => (release(), resolve(result)),
        reject: (error) => (release(), reject(error)),
      });
      this.dispatch(lane);
    });
  }

  /** Stops every worker; queued and running tasks are rejected. */
  async close(): Promise<void> {
    const error = new Error("The TCO worker pool was closed.");
    const stopping: Promise<number>[] = [];
    for (const lane of Object.values(this.lanes)) {
      for (const task of lane.queue.splice(0)) task.reject(error);
      for (const slot of lane.slots.splice(0)) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.task?.reject(error);
        slot.task = null;
        stopping.push(slot.worker.terminate());
      }
    }
    await Promise.all(stopping);
  }

  /** Seconds until the lane has likely worked off what it holds: its waiting and running work over its workers. */
  private retryAfterSeconds(lane: Lane): number {
    const pending = lane.queue.reduce((sum, task) => sum + task.work, 0) + lane.slots.reduce((sum, slot) => sum + (slot.task?.work ?? 0), 0);
    const seconds = Math.ceil(pending / MONTE_CARLO_WORK_PER_SECOND / Math.max(1, lane.options.workers));
    return Math.min(60, Math.max(1, seconds));
  }

  private dispatch(lane: Lane): void {
    while (lane.queue.length > 0) {
      let slot = lane.slots.find((s) => s.task === null);
      if (!slot && lane.slots.length < lane.options.workers) slot = this.spawn(lane);
      if (!slot) return;
      const task = lane.queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.timeOut(lane, slot!), this.timeoutMs);
      slot.worker.postMessage({ id: task.id, scenario: task.scenario } satisfies TcoWorkerRequest);
    }
  }

  /** The run took too long: answer 503 and replace the worker (terminating is the only way to stop it). */
  private timeOut(lane: Lane, slot: Slot): void {
    const task = slot.task;
    slot.task = null;
    slot.timer = null;
    this.remove(lane, slot);
    task?.reject(new BusyError(503, `The uncertainty analysis took longer than ${Math.ceil(this.timeoutMs / 1000)} s and was stopped; try again with fewer iterations.`, this.retryAfterSeconds(lane)));
    void slot.worker.terminate();
    this.dispatch(lane);
  }

  private remove(lane: Lane, slot: Slot): void {
    const index = lane.slots.indexOf(slot);
    if (index >= 0) lane.slots.splice(index, 1);
  }

  private spawn(lane: Lane): Slot {
    const slot: Slot = { worker: new Worker(this.bundlePath), task: null, timer: null };
    slot.worker.on("message", (message: TcoWorkerResponse) => {
      const task = slot.task;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.task = null;
      // An idle worker must not keep the process alive (scripts, tests, graceful shutdown).
      slot.worker.unref();
      if (task && task.id === message.id) {
        if (message.ok) task.resolve(message.result);
        else task.reject(new Error(message.message));
      }
      this.dispatch(lane);
    });
    const fail = (error: Error) => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      this.remove(lane, slot);
      slot.task?.reject(error);
      slot.task = null;
      this.dispatch(lane);
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => fail(new Error(`The TCO worker exited with code ${code}.`)));
    slot.worker.unref();
    lane.slots.push(slot);
    return slot;
  }
}

const globalPool = globalThis as unknown as { tcoWorkerPool?: TcoWorkerPool };

/** The process-wide pool (kept on globalThis so that dev reloads do not leak workers). */
export function tcoWorkerPool(): TcoWorkerPool {
  return (globalPool.tcoWorkerPool ??= new TcoWorkerPool());
}
