import "server-only";
import { getDb } from "@/lib/server/db/client";
import { getEnv } from "@/lib/server/env";
import { seedDemoDataIfEmpty } from "@/prisma/seed";

/**
 * Runs once when the server starts: opens and migrates the database, then seeds the demo
 * data into an empty one unless SEED_DEMO=0. Seeding here, in the server's own process,
 * keeps to PGlite's one-process-per-data-directory rule.
 */
export async function prepareDatabase(): Promise<void> {
  const started = Date.now();
  const db = await getDb();
  const env = getEnv();
  const where = env.DATABASE_URL ? "PostgreSQL server" : `embedded PostgreSQL in ${env.DATA_DIR}`;
  if (env.SEED_DEMO === "1" && (await seedDemoDataIfEmpty(db))) {
    console.info(`Database ready (${where}): migrated and seeded with demo data in ${Date.now() - started} ms.`);
  } else {
    console.info(`Database ready (${where}) in ${Date.now() - started} ms.`);
  }
}
