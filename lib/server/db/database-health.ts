import "server-only";
import { getDb } from "@/lib/server/db/client";

const PROBE_TIMEOUT_MS = 3_000;
// A page request after a successful probe or query within this window skips the probe.
const FRESH_MS = 1_000;

let lastReachableAt = 0;

/**
 * True when the database answers `SELECT 1` within 3 s. Remembers a success for a second, so
 * a page with its assets costs at most one round trip a second; a failure is never
 * remembered, so the first request after the database returns gets through.
 */
export async function probeDatabase(): Promise<boolean> {
  if (Date.now() - lastReachableAt < FRESH_MS) return true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  const probe = (async () => {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return true as const;
  })().catch(() => false as const);
  try {
    const reachable = await Promise.race([probe, timeout]);
    if (reachable) lastReachableAt = Date.now();
    return reachable;
  } finally {
    clearTimeout(timer);
  }
}
