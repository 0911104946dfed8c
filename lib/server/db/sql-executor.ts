import "server-only";

/**
 * The little the migrator needs from a database, implemented for PGlite and for
 * node-postgres so one migration code path serves both.
 */
export interface SqlExecutor {
  /** One statement with $1… parameters. */
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** A script of several statements, without parameters (a migration.sql). */
  exec(sql: string): Promise<void>;
  /** Runs fn between BEGIN and COMMIT; any error rolls back and is rethrown. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs fn while no other migrator on this database can run. */
  withMigrationLock<T>(fn: () => Promise<T>): Promise<T>;
}
