import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportAuditTrail } from "@/app/(app)/audit/export/route";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { auditTrailFilterOptions, readAuditTrailPage } from "@/lib/server/queries/audit-trail";
import { parseAuditTrailQuery, type AuditTrailQuery } from "@/lib/schemas/audit-trail-query";
import { apiRequest } from "@/tests/setup/api-request";
import { useAsAppDb } from "@/tests/setup/app-db";
import { createRoleCallers, type RoleCallers } from "@/tests/setup/role-sessions";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
let callers: RoleCallers;
let analyst: { id: string; email: string };
let admin: { id: string; email: string };

const query = (params: Record<string, string> = {}): AuditTrailQuery => parseAuditTrailQuery(params);

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  callers = await createRoleCallers(testDb);
  const { db } = testDb;
  const users = await db.user.findMany({ where: { organizationId: callers.organizationId } });
  analyst = users.find((u) => u.role === "ANALYST")!;
  admin = users.find((u) => u.role === "ADMIN")!;
  // 120 events over 120 minutes, some at the very same instant (the keyset's id tie-break).
  const start = Date.UTC(2026, 9, 1, 8, 0, 0);
  const rows = Array.from({ length: 120 }, (_, i) => ({
    organizationId: callers.organizationId,
    actorId: i % 3 === 0 ? admin.id : analyst.id,
    actorEmail: i % 3 === 0 ? admin.email : analyst.email,
    action: i % 2 === 0 ? "update-vendor" : "add-metric-observation",
    entityType: i % 2 === 0 ? "Vendor" : "MetricObservation",
    entityId: i % 2 === 0 ? "vendor-a" : `observation-${i}`,
    before: i % 2 === 0 ? { fte: i } : undefined,
    after: i % 2 === 0 ? { fte: i + 1 } : { vendorId: i % 4 === 1 ? "vendor-a" : "vendor-b", metric: "DENIAL_RATE", value: "0.08" },
    createdAt: new Date(start + Math.floor(i / 2) * 120_000),
  }));
  await db.auditEvent.createMany({ data: rows });
  await recordAuditEvent(db, { organizationId: callers.otherOrganizationId, actor: null, action: "update-vendor", entityType: "Vendor", entityId: "vendor-a", after: { fte: 1 } });
});
afterAll(async () => testDb?.close());

/** Walks the whole filtered trail page by page, older and older. */
async function walk(filters: Record<string, string>, pageSize: number) {
  const seen: string[] = [];
  let before: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await readAuditTrailPage(testDb.db, callers.organizationId, { ...query(filters), before }, pageSize);
    seen.push(...page.events.map((e) => e.id));
    if (!page.older) break;
    before = page.older;
  }
  return seen;
}

describe("the audit trail's pages", () => {
  it("walk every event of the organisation exactly once, newest first, and back again", async () => {
    const all = await testDb.db.auditEvent.findMany({ where: { organizationId: callers.organizationId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(await walk({}, 50)).toEqual(all.map((e) => e.id));

    const first = await readAuditTrailPage(testDb.db, callers.organizationId, query(), 50);
    expect(first.newer).toBeUndefined();
    const second = await readAuditTrailPage(testDb.db, callers.organizationId, query({ before: first.older! }), 50);
    const backToFirst = await readAuditTrailPage(testDb.db, callers.organizationId, query({ after: second.newer! }), 50);
    expect(backToFirst.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(backToFirst.newer).toBeUndefined();
  });

  it("filter by person, record type and date range, within the organisation only", async () => {
    const byAdmin = await walk({ person: admin.id }, 25);
    expect(byAdmin).toHaveLength(40);
    const observations = await walk({ type: "MetricObservation" }, 25);
    expect(observations).toHaveLength(60);
    // All 120 fall on Oct 1 (08:00 to 09:58); none on the 2nd.
    expect(await walk({ from: "2026-10-01", to: "2026-10-01" }, 50)).toHaveLength(120);
    expect(await walk({ from: "2026-10-02" }, 50)).toHaveLength(0);
    const other = await readAuditTrailPage(testDb.db, callers.otherOrganizationId, query({ record: "vendor-a" }));
    expect(other.events).toHaveLength(1);
  });

  it("a record's history holds its own events and those of the rows that belong to it", async () => {
    const events = await walk({ record: "vendor-a" }, 100);
    // 60 vendor updates plus the 30 observations whose vendorId is vendor-a.
    expect(events).toHaveLength(90);
  });

  it("offers the organisation's people and the record types in its trail", async () => {
    const options = await auditTrailFilterOptions(callers.organizationId);
    expect(options.types).toEqual(["MetricObservation", "Vendor"]);
    expect(options.people.map((p) => p.id)).toContain(analyst.id);
    expect(options.people).toHaveLength(4);
  });

  it("ignores bad filter values instead of failing", () => {
    expect(query({ person: "x'; DROP TABLE", type: "Vendor1", from: "yesterday", before: "nonsense" })).toEqual({ person: undefined, type: undefined, record: undefined, from: undefined, to: undefined, before: undefined, after: undefined });
    expect(query({ from: "2026-10-05", to: "2026-10-01" })).toMatchObject({ from: new Date("2026-10-01T00:00:00Z"), to: new Date("2026-10-05T00:00:00Z") });
  });
});

describe("GET /audit/export", () => {
  it("gives the Admin and the Executive the filtered events as CSV, with readable changes", async () => {
    for (const role of ["ADMIN", "EXECUTIVE"] as const) {
      const response = await exportAuditTrail(apiRequest(`/audit/export?person=${admin.id}&type=Vendor`, { token: callers.tokens[role] }), { params: Promise.resolve({}) });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
      const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
      expect(lines[0]).toBe("time_utc,person,email,api_token,action,record_type,record,record_id,changes,before_json,after_json,request_id");
      // Admin's events are every third; of those, the even ones are vendor updates: i = 0, 6, …, 114.
      expect(lines).toHaveLength(1 + 20);
      expect(lines[1]).toContain("Updated vendor");
      expect(lines[1]).toContain("FTE: 114 → 115");
    }
  });

  it("is refused to the roles that may not read the trail", async () => {
    for (const role of ["ANALYST", "PROCUREMENT"] as const) {
      const response = await exportAuditTrail(apiRequest("/audit/export", { token: callers.tokens[role] }), { params: Promise.resolve({}) });
      expect(response.status).toBe(403);
    }
  });
});
