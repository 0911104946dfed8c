// Prisma's own schema engine (WASM build of what `prisma migrate deploy` runs) as the judge:
// a database migrated by either one must look fully migrated to the other. Always on an
// in-memory PGlite: the engine reaches the database through a driver adapter.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrate } from "@/lib/server/db/migrate";
import { readMigrationFiles } from "@/lib/server/db/migration-files";
import { pgliteExecutor } from "@/lib/server/db/pglite-executor";
import { loadSchemaEngine, readMigrationList } from "@/scripts/schema-engine.mjs";

const migrationsDir = path.resolve("prisma/migrations");
const schemaPath = path.resolve("prisma/schema.prisma");
const noFilters = { externalTables: [], externalEnums: [] };

let pglite: PGlite;
let engine: SchemaEngine;

beforeEach(async () => {
  pglite = await PGlite.create();
  engine = await loadSchemaEngine(
    { path: schemaPath, content: await readFile(schemaPath, "utf8") },
    new PrismaPGlite(pglite),
  );
});

afterEach(async () => {
  engine.free();
  await pglite.close();
});

describe("compatibility with prisma migrate", () => {
  it("Prisma's engine finds a database migrated here fully migrated and unedited", async () => {
    await migrate(pgliteExecutor(pglite));

    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList: await readMigrationList(migrationsDir),
      optInToShadowDatabase: false,
      filters: noFilters,
    });
    expect(diagnosis).toMatchObject({
      hasMigrationsTable: true,
      history: null,
      editedMigrationNames: [],
      failedMigrationNames: [],
    });
    const applied = await engine.applyMigrations({ migrationsList: await readMigrationList(migrationsDir), filters: noFilters });
    expect(applied.appliedMigrationNames).toEqual([]);
  });

  it("the migrator finds a database migrated by Prisma's engine up to date", async () => {
    const applied = await engine.applyMigrations({ migrationsList: await readMigrationList(migrationsDir), filters: noFilters });
    expect(applied.appliedMigrationNames).toEqual((await readMigrationFiles()).map((m) => m.name));

    await expect(migrate(pgliteExecutor(pglite))).resolves.toEqual({ applied: [] });
  });
});
