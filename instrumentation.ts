// Next calls register() once when the server starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("@/lib/server/db/prepare-database");
    await prepareDatabase();
  }
}
