// The embedded (PGlite) path of getDb, whatever TEST_DATABASE_URL says: it is what the app
// runs on when no DATABASE_URL is configured.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/lib/server/db/client";
import { openEmbeddedDb } from "@/lib/server/db/open-db";

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "bpo-embedded-"));
  // getEnv() parses on first use, and each test file has its own module instances.
  delete process.env.DATABASE_URL;
  process.env.DATA_DIR = path.join(dataDir, "nested", "data");
});

afterAll(async () => {
  await closeDb();
  await rm(dataDir, { recursive: true, force: true });
});

describe("getDb on embedded PGlite", () => {
  it("creates and migrates the data directory on first start; concurrent callers share one client", async () => {
    const [first, second] = await Promise.all([getDb(), getDb()]);

    expect(first).toBe(second);
    expect(await getDb()).toBe(first);
    const [{ count }] = await first.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM _prisma_migrations`;
    expect(Number(count)).toBeGreaterThan(0);
  });

  it("reopens the directory after close with its rows intact", async () => {
    const before = await getDb();
    const created = await before.organization.create({ data: { name: "St. Example", slug: "st-example" } });
    await closeDb();

    const after = await getDb();
    expect(after).not.toBe(before);
    await expect(after.organization.findUnique({ where: { id: created.id } })).resolves.toMatchObject({
      name: "St. Example",
      slug: "st-example",
    });
  });

  it("answers 50 parallel queries on its single connection", async () => {
    const db = await getDb();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        i % 2 === 0
          ? db.organization.create({ data: { name: `Org ${i}`, slug: `org-${i}` } })
          : db.organization.count(),
      ),
    );

    expect(results).toHaveLength(50);
    expect(await db.organization.count({ where: { slug: { startsWith: "org-" } } })).toBe(25);
  });
});

describe("one process per embedded data directory", () => {
  it("refuses a second opening of a directory in use, naming the holder, and allows it once closed", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "bpo-lock-"));
    try {
      const first = await openEmbeddedDb({ dataDir: dir });
      await expect(openEmbeddedDb({ dataDir: dir })).rejects.toThrow(`already open in process ${process.pid}`);
      await first.close();
      const again = await openEmbeddedDb({ dataDir: dir });
      await again.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("takes over a lock left by a process that no longer runs", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "bpo-stale-lock-"));
    try {
      // Far above any pid this machine hands out (pid_max is at most 2^22).
      await writeFile(path.join(dir, "bpo-evaluator.lock"), String(2 ** 22 + 7));
      const opened = await openEmbeddedDb({ dataDir: dir });
      await opened.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
