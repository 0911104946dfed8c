import type { Instrumentation } from "next";

// Next calls register() once when the server starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("@/lib/server/db/prepare-database");
    const { registerDatabaseProbe } = await import("@/lib/server/db/database-probe-slot");
    const { probeDatabase } = await import("@/lib/server/db/database-health");
    try {
      await prepareDatabase();
      // The app server's 503 gate asks the database through this (lib/server/http/database-gate.ts).
      registerDatabaseProbe(probeDatabase);
    } catch (error) {
      // A server without its database (bad DATABASE_URL, a migration that fails) must not
      // come up half-working: say why and stop.
      console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
}

/** Errors that escaped a page, a server action or an unwrapped route handler: one log line with the stack. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logUnexpectedRequestError } = await import("@/lib/server/unexpected-error");
  logUnexpectedRequestError(error, request, context);
};
