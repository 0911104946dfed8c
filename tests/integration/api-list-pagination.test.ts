import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listEvaluations } from "@/app/api/v1/evaluations/route";
import { GET as listVendors } from "@/app/api/v1/vendors/route";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { useAsAppDb } from "@/tests/setup/app-db";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

// Keyset pages (point 2 of issue 10): walking a list page by page gives every row exactly once,
// in the list's order, even when rows are added and removed between two pages.

let testDb: TestDb;
let token: string;
let organizationId: string;
const MODELS = ["GENERALIST", "SPECIALIZED", "AI_HYBRID"] as const;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const org = await createOrganization(testDb.db, { slug: "paging" });
  organizationId = org.id;
  token = (await issueApiToken(testDb.db, await createUser(testDb.db, { organizationId, role: "ANALYST" }), "test")).token;
  // Ties on every sort key (same model, same FTE, FTE unknown, same update time) so the id tie-break is exercised.
  const sameTime = new Date("2026-11-01T10:00:00.000Z");
  for (let i = 0; i < 23; i++) {
    await createVendor(testDb.db, {
      organizationId,
      name: `Vendor ${String.fromCharCode(65 + (i % 7))}${i}`,
      operatingModel: MODELS[i % 3],
      fte: i % 4 === 0 ? null : (i % 5) * 10,
      updatedAt: i % 2 ? sameTime : new Date(sameTime.getTime() + i * 60_000),
    });
  }
  for (let i = 0; i < 9; i++) await testDb.db.evaluation.create({ data: { organizationId, name: `Evaluation ${i % 3}`, monteCarloSeed: i } });
});
afterAll(async () => testDb?.close());

async function page(list: typeof listVendors, path: string) {
  const response = await list(apiRequest(path, { token }), routeParams({}));
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as { data: { id: string }[]; nextCursor: string | null };
}

/** Every id, page by page; `between` runs after each page (to change the data meanwhile). */
async function walk(list: typeof listVendors, base: string, limit: number, between?: (pageNumber: number) => Promise<void>) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pageNumber = 0;
  do {
    const answer = await page(list, `${base}${base.includes("?") ? "&" : "?"}limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(answer.data.length).toBeLessThanOrEqual(limit);
    ids.push(...answer.data.map((row) => row.id));
    cursor = answer.nextCursor;
    await between?.(++pageNumber);
  } while (cursor);
  return ids;
}

describe("GET /api/v1/vendors in keyset pages", () => {
  for (const sort of ["name", "model", "updated", "fte"]) {
    for (const dir of ["asc", "desc"]) {
      it(`gives every vendor once, in order, sorted by ${sort} ${dir}`, async () => {
        const all = (await page(listVendors, `/api/v1/vendors?sort=${sort}&dir=${dir}&limit=200`)).data.map((row) => row.id);
        expect(all).toHaveLength(23);
        expect(await walk(listVendors, `/api/v1/vendors?sort=${sort}&dir=${dir}`, 4)).toEqual(all);
      });
    }
  }

  it("neither repeats nor skips a row while vendors are added and removed between pages", async () => {
    const before = (await page(listVendors, "/api/v1/vendors?sort=fte&limit=200")).data.map((row) => row.id);
    const removed: string[] = [];
    const seen = await walk(listVendors, "/api/v1/vendors?sort=fte", 5, async (pageNumber) => {
      // A new vendor sorted before the cursor, one after it, and the removal of a row already shown.
      await createVendor(testDb.db, { organizationId, name: `Added early ${pageNumber}`, fte: 0 });
      await createVendor(testDb.db, { organizationId, name: `Added late ${pageNumber}`, fte: null });
      if (pageNumber === 1) {
        removed.push(before[0]);
        await testDb.db.vendor.delete({ where: { id: before[0] } });
      }
    });
    expect(new Set(seen).size).toBe(seen.length);
    // Every vendor present from start to end was listed, in the original order.
    expect(seen.filter((id) => before.includes(id))).toEqual(before.filter((id) => !removed.includes(id) || seen.includes(id)));
  });

  it("refuses a limit above 200 and a cursor it did not give out, naming the parameter", async () => {
    for (const [query, field] of [["limit=201", "limit"], ["limit=0", "limit"], ["cursor=bm9wZQ", "cursor"], ["operatingModel=NOPE", "operatingModel"]]) {
      const response = await listVendors(apiRequest(`/api/v1/vendors?${query}`, { token }), routeParams({}));
      expect(response.status).toBe(400);
      expect(Object.keys((await response.json()).error.fields)).toEqual([field]);
    }
  });
});

describe("GET /api/v1/evaluations in keyset pages", () => {
  for (const query of ["sort=name", "sort=name&dir=desc", "sort=updated"]) {
    it(`gives every evaluation once, in order (${query})`, async () => {
      const all = (await page(listEvaluations, `/api/v1/evaluations?${query}&limit=200`)).data.map((row) => row.id);
      expect(all).toHaveLength(9);
      expect(await walk(listEvaluations, `/api/v1/evaluations?${query}`, 2)).toEqual(all);
    });
  }
});
