import "server-only";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { runTcoScenario } from "@/lib/tco/run-tco-scenario";
import type { TcoScenario } from "@/lib/tco/scenario";
import type { TcoResult } from "@/lib/tco/tco-result";
import type { TcoWorkerRequest, TcoWorkerResponse } from "@/lib/server/tco/tco-worker";

/** Where scripts/build-worker.mjs writes the bundled worker (Next bundles server code, so a .ts worker path is unreliable). */
export const DEFAULT_WORKER_BUNDLE = path.join(process.cwd(), ".worker", "tco-worker.mjs");

interface Task {
  id: number;
  scenario: TcoScenario;
  resolve: (result: TcoResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

/**
 * A small pool of worker threads that run Monte Carlo off the request thread, so other
 * requests stay fast while one runs. One task per worker at a time; the rest queue in order.
 * Without the bundle (unit tests, `next dev` before a build) it runs in-thread instead.
 */
export class TcoWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;

  constructor(
    private readonly bundlePath = DEFAULT_WORKER_BUNDLE,
    private readonly size = Math.max(1, availableParallelism() - 1),
  ) {}

  /** True when tasks run on worker threads (the bundle exists). */
  get threaded(): boolean {
    return existsSync(this.bundlePath);
  }

  run(scenario: TcoScenario): Promise<TcoResult> {
    if (!this.threaded) return Promise.resolve().then(() => runTcoScenario(scenario));
    return new Promise<TcoResult>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, scenario, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running tasks are rejected. */
  async close(): Promise<void> {
    const error = new Error("The TCO worker pool was closed.");
    for (const task of this.queue.splice(0)) task.reject(error);
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        slot.task?.reject(error);
        return slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.worker.postMessage({ id: task.id, scenario: task.scenario } satisfies TcoWorkerRequest);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.bundlePath), task: null };
    slot.worker.on("message", (message: TcoWorkerResponse) => {
      const task = slot.task;
      slot.task = null;
      // An idle worker must not keep the process alive (scripts, tests, graceful shutdown).
      slot.worker.unref();
      if (task && task.id === message.id) {
        if (message.ok) task.resolve(message.result);
        else task.reject(new Error(message.message));
      }
      this.dispatch();
    });
    const fail = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.task?.reject(error);
      slot.task = null;
      this.dispatch();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => fail(new Error(`The TCO worker exited with code ${code}.`)));
    slot.worker.unref();
    this.slots.push(slot);
    return slot;
  }
}

const globalPool = globalThis as unknown as { tcoWorkerPool?: TcoWorkerPool };

/** The process-wide pool (kept on globalThis so that dev reloads do not leak workers). */
export function tcoWorkerPool(): TcoWorkerPool {
  return (globalPool.tcoWorkerPool ??= new TcoWorkerPool());
}
