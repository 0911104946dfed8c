import "server-only";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { SqlExecutor } from "./sql-executor";

// Only one process may open a PGlite data directory, so the only possible rivals are other
// migrators in this process: a promise chain per PGlite instance serialises them.
const migrationQueues = new WeakMap<PGlite, Promise<unknown>>();

export function pgliteExecutor(pglite: PGlite): SqlExecutor {
  return {
    ...queries(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(transactionExecutor(tx))),
    withMigrationLock<T>(fn: () => Promise<T>): Promise<T> {
      const previous = migrationQueues.get(pglite) ?? Promise.resolve();
      const run = previous.then(fn, fn);
      migrationQueues.set(pglite, run.catch(() => undefined));
      return run;
    },
  };
}

function transactionExecutor(tx: Transaction): SqlExecutor {
  return {
    ...queries(tx),
    transaction: () => Promise.reject(new Error("nested transactions are not supported")),
    withMigrationLock: () => Promise.reject(new Error("take the migration lock outside the transaction")),
  };
}

function queries(db: PGlite | Transaction): Pick<SqlExecutor, "query" | "exec"> {
  return {
    query: async <Row extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
      (await db.query<Row>(sql, params)).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
  };
}
