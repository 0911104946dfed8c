// Next calls register() once when the server starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("@/lib/server/db/prepare-database");
    try {
      await prepareDatabase();
    } catch (error) {
      // A server without its database (bad DATABASE_URL, a migration that fails) must not
      // come up half-working: say why and stop.
      console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
}
