// The migrator on whichever database the run is configured for (TEST_DATABASE_URL or PGlite).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrate } from "@/lib/server/db/migrate";
import { checksumOf, readMigrationFiles, type MigrationFile } from "@/lib/server/db/migration-files";
import { createEmptyDatabase, type Connection, type EmptyDatabase } from "@/tests/setup/empty-database";

type MigrationRow = {
  id: string;
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
};

let database: EmptyDatabase;
let connection: Connection;
let migrations: MigrationFile[];

beforeEach(async () => {
  migrations = await readMigrationFiles();
  database = await createEmptyDatabase();
  connection = await database.connect();
});

afterEach(async () => {
  await connection.release();
  await database.close();
});

function recorded(): Promise<MigrationRow[]> {
  return connection.executor.query<MigrationRow>("SELECT * FROM _prisma_migrations ORDER BY migration_name");
}

function extraMigration(name: string, sql: string): MigrationFile {
  return { name, sql, checksum: checksumOf(sql) };
}

describe("migrate", () => {
  it("applies every migration to an empty database and records it as Prisma does", async () => {
    expect(migrations.map((m) => m.name)).toContainEqual(expect.stringMatching(/^\d{14}_init$/));

    const result = await migrate(connection.executor);

    expect(result.applied).toEqual(migrations.map((m) => m.name));
    const rows = await recorded();
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(
      migrations.map((m) => [m.name, m.checksum]),
    );
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
    // The schema is really there.
    await expect(connection.executor.query(`SELECT count(*) FROM "Organization"`)).resolves.toEqual([{ count: expect.anything() }]);
  });

  it("checksums are sha256 hex of migration.sql, as Prisma computes them", async () => {
    const { createHash } = await import("node:crypto");
    const { readFile } = await import("node:fs/promises");
    const first = migrations[0];
    const bytes = await readFile(`prisma/migrations/${first.name}/migration.sql`);
    expect(first.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("applies nothing when run again", async () => {
    await migrate(connection.executor);
    const before = await recorded();

    await expect(migrate(connection.executor)).resolves.toEqual({ applied: [] });
    expect(await recorded()).toEqual(before);
  });

  it("applies only the migrations added since the last run", async () => {
    await migrate(connection.executor);
    const added = extraMigration("29991231000000_add_note", `CREATE TABLE "Note" ("id" TEXT PRIMARY KEY);`);

    await expect(migrate(connection.executor, { migrations: [...migrations, added] })).resolves.toEqual({
      applied: [added.name],
    });
    expect((await recorded()).map((row) => row.migration_name)).toEqual([...migrations, added].map((m) => m.name));
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    await migrate(connection.executor);
    const [first, ...rest] = migrations;
    const edited = extraMigration(first.name, `${first.sql}\n-- an afterthought\n`);

    await expect(migrate(connection.executor, { migrations: [edited, ...rest] })).rejects.toThrow(
      new RegExp(`migration ${first.name} was modified after it was applied`),
    );
  });

  it("rolls a failing migration back entirely and records nothing", async () => {
    await migrate(connection.executor);
    const broken = extraMigration(
      "29991231000000_broken",
      `CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\nSELECT no_such_function();`,
    );

    await expect(migrate(connection.executor, { migrations: [...migrations, broken] })).rejects.toThrow(
      /migration 29991231000000_broken failed and was rolled back: .*no_such_function/,
    );
    expect((await recorded()).map((row) => row.migration_name)).not.toContain(broken.name);
    const [{ exists }] = await connection.executor.query<{ exists: boolean }>(
      `SELECT to_regclass('"Half"') IS NOT NULL AS exists`,
    );
    expect(exists).toBe(false);
  });

  it("refuses to run over a migration that prisma migrate left half-applied", async () => {
    await migrate(connection.executor);
    await connection.executor.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
      ["00000000-0000-4000-8000-000000000000", "0".repeat(64), "29991231000000_interrupted"],
    );

    await expect(migrate(connection.executor)).rejects.toThrow(/29991231000000_interrupted failed earlier/);
  });

  it("lets two migrators started at once both finish, applying each migration once", async () => {
    const other = await database.connect();
    try {
      const results = await Promise.all([migrate(connection.executor), migrate(other.executor)]);

      expect(results.flatMap((result) => result.applied).sort()).toEqual(migrations.map((m) => m.name));
      expect((await recorded()).map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
    } finally {
      await other.release();
    }
  });
});
