// createTestDb on whichever database the run is configured for: each call is a fresh,
// migrated, isolated database.
import { describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/setup/test-db";

describe("createTestDb", () => {
  it("gives each caller its own migrated, empty database", async () => {
    const [a, b] = await Promise.all([createTestDb(), createTestDb()]);
    try {
      await a.db.organization.create({ data: { name: "Only in A", slug: "only-in-a" } });

      expect(await a.db.organization.count()).toBe(1);
      expect(await b.db.organization.count()).toBe(0);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
