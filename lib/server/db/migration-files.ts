import "server-only";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

export type MigrationFile = {
  /** The directory name, e.g. `20261128155404_init`: Prisma's migration_name. */
  name: string;
  sql: string;
  /** Prisma's checksum: sha256 hex of migration.sql as stored. */
  checksum: string;
};

/** prisma/migrations of the project the server runs from (Next runs with cwd = project root). */
export const defaultMigrationsDir = path.join(process.cwd(), "prisma", "migrations");

/** The migrations in the order Prisma applies them: by directory name. */
export async function readMigrationFiles(dir: string = defaultMigrationsDir): Promise<MigrationFile[]> {
  if (!existsSync(/* turbopackIgnore: true */ dir)) throw new Error(`migrations directory not found: ${dir}`);
  const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(/* turbopackIgnore: true */ path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: checksumOf(bytes) };
    }),
  );
}

export function checksumOf(content: Buffer | string): string {
  return createHash("sha256").update(content).digest("hex");
}
