import "server-only";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/server/env";
import { openEmbeddedDb, openServerDb, type OpenDb } from "./open-db";

/** The application's Prisma client type: import it from here, not from the generated code. */
export type Db = PrismaClient;

// On globalThis so Next dev's hot reload reuses the open database: a second PGlite on the
// same directory would lose writes, a second pool would leak connections.
const globalForDb = globalThis as typeof globalThis & { __bpoDb?: Promise<OpenDb> };

/**
 * The process-wide client, opened and migrated on first call. Concurrent first callers
 * share one opening; the client is handed out only after migrations have run.
 */
export async function getDb(): Promise<Db> {
  globalForDb.__bpoDb ??= openConfiguredDb().catch((error: unknown) => {
    // Let the next call try again rather than caching the failure forever.
    globalForDb.__bpoDb = undefined;
    throw error;
  });
  return (await globalForDb.__bpoDb).db;
}

/** Disconnects and releases the database (PGlite must close, or the process never exits). */
export async function closeDb(): Promise<void> {
  const opening = globalForDb.__bpoDb;
  if (!opening) return;
  globalForDb.__bpoDb = undefined;
  const open = await opening.catch(() => undefined);
  await open?.close();
}

function openConfiguredDb(): Promise<OpenDb> {
  const env = getEnv();
  if (env.DATABASE_URL) return openServerDb({ url: env.DATABASE_URL });
  return openEmbeddedDb({ dataDir: path.resolve(env.DATA_DIR) });
}
