// Creates the next migration from a change to prisma/schema.prisma, offline:
//   npm run db:migration -- <name>
// `prisma migrate dev` needs the native schema engine, which cannot be downloaded here, so
// this drives the WASM schema engine instead. Its diff replays prisma/migrations on an
// in-memory PGlite shadow database and compares the result with schema.prisma: the same SQL
// `migrate dev` would write. The app applies it at its next start (getDb migrates).
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { loadSchemaEngine, lockfileContent, lockfileName, readMigrationList } from "./schema-engine.mjs";

const root = path.resolve(import.meta.dirname, "..");
const schemaPath = path.join(root, "prisma", "schema.prisma");
const migrationsDir = path.join(root, "prisma", "migrations");

async function main(): Promise<number> {
  const name = slugify(process.argv.slice(2).join(" "));
  if (!name) {
    console.error("usage: npm run db:migration -- <name>   (e.g. add_vendor_website)");
    return 1;
  }

  const schema = await readFile(schemaPath, "utf8");
  const migrationsList = await readMigrationList(migrationsDir);
  const pglite = await PGlite.create();
  try {
    const engine = await loadSchemaEngine({ path: schemaPath, content: schema }, new PrismaPGlite(pglite));
    const { exitCode, stdout } = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      // Asks for exitCode 2 when the diff is not empty.
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    if (exitCode !== 2 || !stdout) {
      console.log("no changes: prisma/migrations already matches prisma/schema.prisma");
      return 0;
    }

    const directory = `${timestamp(new Date())}_${name}`;
    await mkdir(path.join(migrationsDir, directory), { recursive: true });
    await writeFile(path.join(migrationsDir, directory, "migration.sql"), stdout);
    if (!existsSync(path.join(migrationsDir, lockfileName))) {
      await writeFile(path.join(migrationsDir, lockfileName), lockfileContent);
    }
    console.log(`created prisma/migrations/${directory}/migration.sql: review it, then commit it`);
    return 0;
  } finally {
    await pglite.close();
  }
}

/** Prisma's directory-name rules: lower-case words joined by underscores. */
function slugify(raw: string): string {
  return raw.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 200);
}

/** YYYYMMDDHHMMSS in UTC, as `migrate dev` names directories. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

// Exit explicitly: the engine leaves a timer behind that would keep Node alive ~10 s more.
process.exit(await main());
