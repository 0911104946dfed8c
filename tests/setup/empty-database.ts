// An empty database (no migrations) on whichever engine the tests run against, for testing
// the migrator itself: an in-memory PGlite, or a random schema on TEST_DATABASE_URL.
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { quoteIdentifier } from "@/lib/server/db/open-db";
import { pgExecutor } from "@/lib/server/db/pg-executor";
import { pgliteExecutor } from "@/lib/server/db/pglite-executor";
import type { SqlExecutor } from "@/lib/server/db/sql-executor";

export type Connection = { executor: SqlExecutor; release: () => Promise<void> };

export type EmptyDatabase = {
  engine: "pglite" | "postgresql";
  /** A migrator's own connection: a new session on PostgreSQL, the one PGlite otherwise. */
  connect: () => Promise<Connection>;
  close: () => Promise<void>;
};

export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  return url ? emptySchema(url) : emptyPglite();
}

async function emptyPglite(): Promise<EmptyDatabase> {
  const pglite = await PGlite.create();
  return {
    engine: "pglite",
    connect: async () => ({ executor: pgliteExecutor(pglite), release: async () => {} }),
    close: () => pglite.close(),
  };
}

async function emptySchema(url: string): Promise<EmptyDatabase> {
  const schema = quoteIdentifier(`test_${randomBytes(6).toString("hex")}`);
  const session = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  };
  const admin = await session();
  await admin.query(`CREATE SCHEMA ${schema}`);
  return {
    engine: "postgresql",
    connect: async () => {
      const client = await session();
      await client.query(`SET search_path TO ${schema}`);
      return { executor: pgExecutor(client), release: () => client.end() };
    },
    close: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
