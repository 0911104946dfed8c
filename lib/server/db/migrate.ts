import "server-only";
import { randomUUID } from "node:crypto";
import { readMigrationFiles, type MigrationFile } from "./migration-files";
import type { SqlExecutor } from "./sql-executor";

// Exactly the table Prisma's schema engine creates (PostgreSQL flavour), so a database
// migrated here stays usable by `prisma migrate deploy` on a machine with the engine.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
};

export type MigrateOptions = {
  /** Defaults to prisma/migrations under the working directory. */
  migrationsDir?: string;
  /** Already-read migrations (tests); wins over migrationsDir. */
  migrations?: MigrationFile[];
};

export type MigrateResult = { applied: string[] };

/**
 * Applies every migration not yet recorded in _prisma_migrations, each in its own
 * transaction together with its record, under the migration lock. Refuses to run when an
 * applied migration's file changed or a migration failed half-way under `prisma migrate`.
 */
export async function migrate(db: SqlExecutor, options: MigrateOptions = {}): Promise<MigrateResult> {
  const migrations = options.migrations ?? (await readMigrationFiles(options.migrationsDir));
  return db.withMigrationLock(async () => {
    await db.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await db.query<AppliedRow>(
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations WHERE rolled_back_at IS NULL",
    );
    const pending = pendingMigrations(migrations, rows);
    const applied: string[] = [];
    for (const migration of pending) {
      await applyMigration(db, migration);
      applied.push(migration.name);
    }
    return { applied };
  });
}

function pendingMigrations(migrations: MigrationFile[], rows: AppliedRow[]): MigrationFile[] {
  const failed = rows.filter((row) => row.finished_at === null);
  if (failed.length > 0) {
    const names = failed.map((row) => row.migration_name).join(", ");
    throw new Error(
      `migration ${names} failed earlier and was left half-applied; repair the database, then ` +
        `mark it with \`prisma migrate resolve --rolled-back <name>\` (or delete its _prisma_migrations row)`,
    );
  }
  const checksums = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  for (const migration of migrations) {
    const recorded = checksums.get(migration.name);
    if (recorded !== undefined && recorded !== migration.checksum) {
      throw new Error(
        `migration ${migration.name} was modified after it was applied (checksum ${recorded} in the ` +
          `database, ${migration.checksum} on disk): restore the original migration.sql and put the ` +
          `change in a new migration (npm run db:migration -- <name>)`,
      );
    }
  }
  return migrations.filter((migration) => !checksums.has(migration.name));
}

async function applyMigration(db: SqlExecutor, migration: MigrationFile): Promise<void> {
  const startedAt = new Date();
  try {
    await db.transaction(async (tx) => {
      await tx.exec(migration.sql);
      // applied_steps_count = 1: Prisma counts a whole migration.sql as one step.
      // clock_timestamp(), not now(): now() is frozen at the start of the transaction.
      await tx.query(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, $4, clock_timestamp(), 1)`,
        [randomUUID(), migration.checksum, migration.name, startedAt],
      );
    });
  } catch (error) {
    throw new Error(`migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
