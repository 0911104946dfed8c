import "server-only";
import type { Client } from "pg";
import type { SqlExecutor } from "./sql-executor";

// Prisma's own advisory-lock key (schema engine, PostgreSQL flavour): holding the same key
// also keeps `prisma migrate deploy` from running at the same time as this migrator.
const MIGRATION_LOCK_KEY = 72707369;

/** Wraps one dedicated connection: the advisory lock and BEGIN/COMMIT belong to a session. */
export function pgExecutor(client: Client): SqlExecutor {
  const executor: SqlExecutor = {
    query: async <Row extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
      (await client.query<Row>(sql, params)).rows,
    exec: async (sql) => {
      // No parameters → simple query protocol, which accepts several statements.
      await client.query(sql);
    },
    async transaction(fn) {
      await client.query("BEGIN");
      try {
        const result = await fn(executor);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    async withMigrationLock(fn) {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      try {
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      }
    },
  };
  return executor;
}
