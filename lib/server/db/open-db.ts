import "server-only";
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { lockDataDir } from "./data-dir-lock";
import { migrate, type MigrateOptions } from "./migrate";
import { pgExecutor } from "./pg-executor";
import { pgliteExecutor } from "./pglite-executor";

/** A migrated database and how to let go of it. */
export type OpenDb = {
  db: PrismaClient;
  /** $disconnect, then release the engine (PGlite or the pool): without it the process never exits. */
  close: () => Promise<void>;
};

/** Options for the Prisma client on top of the engine. */
export type ClientOptions = {
  /** Called with every SQL statement the client sends (tests count round trips with it). */
  onQuery?: (sql: string) => void;
};

function newClient(adapter: PrismaPGlite | PrismaPg, { onQuery }: ClientOptions): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] as const });
  client.$on("query", (event) => onQuery(event.query));
  return client as unknown as PrismaClient;
}

export type EmbeddedDbOptions = MigrateOptions & ClientOptions & {
  /** A directory (created if missing) or undefined for an in-memory database. */
  dataDir?: string;
  /** Start from a copy of another PGlite (PGlite.dumpDataDir) instead of an empty cluster. */
  loadDataDir?: Blob | File;
};

/** Embedded PostgreSQL. Only one process may open a given dataDir. */
export async function openEmbeddedDb(options: EmbeddedDbOptions = {}): Promise<OpenDb & { pglite: PGlite }> {
  let unlock = () => {};
  if (options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    unlock = lockDataDir(options.dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(options.dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  } catch (error) {
    unlock();
    throw error;
  }
  try {
    await migrate(pgliteExecutor(pglite), options);
  } catch (error) {
    await pglite.close();
    unlock();
    throw error;
  }
  const db = newClient(new PrismaPGlite(pglite), options);
  return {
    db,
    pglite,
    close: async () => {
      await db.$disconnect();
      await pglite.close();
      unlock();
    },
  };
}

export type ServerDbOptions = MigrateOptions & ClientOptions & {
  /** postgres:// or postgresql://; a Prisma-style `?schema=` is honoured. */
  url: string;
  /** Overrides the URL's `?schema=`; created if missing. Default: public. */
  schema?: string;
};

/**
 * Timeouts that turn a lost or hung database server into a quick error (then 503 with
 * Retry-After, lib/server/db/database-unavailable.ts) instead of a request that hangs: the
 * issue's promise is an answer within 5 seconds. Connecting gets 2 s; a statement 3 s on the
 * server (statement_timeout); the client gives up 0.5 s later if even the cancellation never
 * comes back (a connection that went silent). The app's statements are single-row writes and
 * indexed reads that take milliseconds; anything longer belongs in a job, not a request.
 */
export const SERVER_DB_TIMEOUTS = {
  connectionTimeoutMillis: 2_000,
  statement_timeout: 3_000,
  query_timeout: 3_500,
} as const;

/** A PostgreSQL server: migrated on a dedicated connection under the advisory lock. */
export async function openServerDb(options: ServerDbOptions): Promise<OpenDb> {
  const { connectionString, schema } = splitSchema(options.url, options.schema);
  // Migrations may run long: only the connection is time-limited.
  const migrator = new pg.Client({ connectionString, connectionTimeoutMillis: SERVER_DB_TIMEOUTS.connectionTimeoutMillis });
  await migrator.connect();
  try {
    if (schema) {
      const quoted = quoteIdentifier(schema);
      await migrator.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
      // Migration SQL names no schema: search_path puts its tables into ours.
      await migrator.query(`SET search_path TO ${quoted}`);
    }
    await migrate(pgExecutor(migrator), options);
  } finally {
    await migrator.end();
  }
  // The adapter's `schema` qualifies the queries Prisma generates; search_path on every pooled
  // connection makes raw SQL ($queryRaw) find the same tables.
  // A connection the server dropped is discarded by the pool and a new one is made on the next
  // query, so the app recovers by itself when the database returns.
  const adapter = schema
    ? new PrismaPg({ connectionString, ...SERVER_DB_TIMEOUTS, options: `-c search_path=${quoteIdentifier(schema)}` }, { schema })
    : new PrismaPg({ connectionString, ...SERVER_DB_TIMEOUTS });
  const db = newClient(adapter, options);
  return { db, close: () => db.$disconnect() };
}

/** Prisma URLs carry the schema as `?schema=`; node-postgres knows no such parameter. */
function splitSchema(url: string, override?: string): { connectionString: string; schema?: string } {
  const parsed = new URL(url);
  const fromUrl = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema: override ?? fromUrl };
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
