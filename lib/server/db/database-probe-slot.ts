import "server-only";

// The app's HTTP server (.server/server.mjs, bundled apart from Next) must not bundle a second
// Prisma client, so Next's side puts its probe here, on globalThis, at boot (instrumentation).
const slot = globalThis as typeof globalThis & { __bpoProbeDatabase?: () => Promise<boolean> };

export function registerDatabaseProbe(probe: () => Promise<boolean>): void {
  slot.__bpoProbeDatabase = probe;
}

/** The registered probe's answer; true before one is registered (nothing to gate yet). */
export function probeRegisteredDatabase(): Promise<boolean> {
  return slot.__bpoProbeDatabase?.() ?? Promise.resolve(true);
}
