// getDb as configured by DATABASE_URL. With TEST_DATABASE_URL set this is that server
// (in a schema of its own, through the Prisma-style `?schema=` parameter); without it, the
// same assertions run on an embedded data directory, so the file never skips.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/lib/server/db/client";
import { readMigrationFiles } from "@/lib/server/db/migration-files";

const serverUrl = process.env.TEST_DATABASE_URL;
const schema = `test_${randomBytes(6).toString("hex")}`;
let dataDir: string | undefined;

beforeAll(async () => {
  if (serverUrl) {
    const url = new URL(serverUrl);
    url.searchParams.set("schema", schema);
    process.env.DATABASE_URL = url.toString();
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), "bpo-configured-"));
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = dataDir;
  }
});

afterAll(async () => {
  await closeDb();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
});

describe("getDb on the configured database", () => {
  it("migrates at first open and serves queries", async () => {
    const db = await getDb();

    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((row) => row.migration_name)).toEqual((await readMigrationFiles()).map((m) => m.name));
    const created = await db.organization.create({ data: { name: "General", slug: "general" } });
    await expect(db.organization.findUniqueOrThrow({ where: { slug: "general" } })).resolves.toMatchObject({ id: created.id });
  });

  it("keeps the tables in the URL's schema on PostgreSQL", async () => {
    const db = await getDb();
    const [{ where }] = await db.$queryRaw<{ where: string | null }[]>`SELECT to_regclass('"Organization"')::text AS where`;
    expect(where).not.toBeNull();
    if (serverUrl) {
      const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) FROM information_schema.tables WHERE table_schema = ${schema} AND table_name = 'Organization'`;
      expect(Number(count)).toBe(1);
    }
  });
});
