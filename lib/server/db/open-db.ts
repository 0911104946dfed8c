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

/** A PostgreSQL server: migrated on a dedicated connection under the advisory lock. */
export async function openServerDb(options: ServerDbOptions): Promise<OpenDb> {
  const { connectionString, schema } = splitSchema(options.url, options.schema);
  const migrator = new pg.Client({ connectionString });
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
  const adapter = schema
    ? new PrismaPg({ connectionString, options: `-c search_path=${quoteIdentifier(schema)}` }, { schema })
    : new PrismaPg({ connectionString });
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
