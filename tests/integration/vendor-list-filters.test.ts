import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportVendors } from "@/app/(app)/vendors/export/route";
import { parseVendorListQuery } from "@/lib/schemas/vendor-list-query";
import { COMPLIANCE_STATES, complianceStatesOf } from "@/lib/scoring/compliance-state";
import { EVIDENCE_ITEMS, VERIFICATION_LEVELS } from "@/lib/scoring/compliance";
import { vendorListWhere } from "@/lib/server/queries/vendors";
import { seededRandom } from "@/prisma/demo/seeded-random";
import { createComplianceEvidence } from "@/prisma/demo/builders/compliance-evidence";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { apiRequest } from "@/tests/setup/api-request";
import { useAsAppDb } from "@/tests/setup/app-db";
import { createRoleCallers, type RoleCallers } from "@/tests/setup/role-sessions";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
let callers: RoleCallers;
const asOf = new Date();

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  callers = await createRoleCallers(testDb);
});
afterAll(async () => testDb?.close());

const idsWhere = async (params: Record<string, string>) =>
  (await testDb.db.vendor.findMany({ where: vendorListWhere(callers.organizationId, parseVendorListQuery(params), asOf), select: { id: true } })).map((v) => v.id).sort();

describe("the vendor list's filters", () => {
  it("find, in SQL, exactly the vendors the pure rule puts in each compliance state", async () => {
    const random = seededRandom(20261129);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const expected = new Map<string, Set<string>>();
    for (let v = 0; v < 40; v += 1) {
      const vendor = await createVendor(testDb.db, { organizationId: callers.organizationId, name: `Random ${v}` });
      const records = [];
      for (let r = Math.floor(random() * 5); r > 0; r -= 1) {
        // Effective between ~2.5 years ago and a month ahead: expired, expiring, current and not-yet-effective items.
        const effectiveDate = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate() - Math.floor(random() * 900) + 30));
        const record = { item: pick(["SOC2_TYPE_II", "HIPAA_BAA", "SOC2_TYPE_II", ...EVIDENCE_ITEMS] as const), level: pick(VERIFICATION_LEVELS), effectiveDate };
        records.push(record);
        await createComplianceEvidence(testDb.db, { organizationId: callers.organizationId, vendorId: vendor.id, ...record });
      }
      expected.set(vendor.id, complianceStatesOf(records, asOf));
    }
    for (const state of COMPLIANCE_STATES) {
      const want = [...expected].filter(([, states]) => states.has(state)).map(([id]) => id).sort();
      expect(want.length, `${state} is exercised`).toBeGreaterThan(0);
      expect(await idsWhere({ compliance: state, q: "Random" }), state).toEqual(want);
    }
  });

  it("filter by AI use, and list archived vendors only when asked", async () => {
    const autonomous = await createVendor(testDb.db, { organizationId: callers.organizationId, name: "Filter Auto", aiUse: "AUTONOMOUS" });
    const archived = await createVendor(testDb.db, { organizationId: callers.organizationId, name: "Filter Gone", aiUse: "AUTONOMOUS", archivedAt: new Date() });
    expect(await idsWhere({ q: "Filter", ai: "AUTONOMOUS" })).toEqual([autonomous.id]);
    expect(await idsWhere({ q: "Filter", ai: "AUTONOMOUS", archived: "1" })).toEqual([autonomous.id, archived.id].sort());
  });
});

describe("the vendor CSV export", () => {
  it("downloads the filtered list in the import's columns, with formulas neutralised and a BOM", async () => {
    await createVendor(testDb.db, { organizationId: callers.organizationId, name: "=HYPERLINK(\"http://evil\")", description: "-2+3", annualTurnoverRate: "0.275", fte: null, website: null });
    await createVendor(testDb.db, { organizationId: callers.otherOrganizationId, name: "=Theirs" });
    const response = await exportVendors(apiRequest("/vendors/export?q=%3D", { token: callers.tokens.EXECUTIVE }), undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="vendors-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(Buffer.from(bytes), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toEqual([
      {
        name: "'=HYPERLINK(\"http://evil\")",
        operating_model: "SPECIALIZED",
        ai_use: "HUMAN_IN_THE_LOOP",
        functions_served: "MEDICAL_CODING;COMPLEX_CLAIMS_DENIALS",
        fte: "",
        annual_turnover_rate: "0.275",
        website: "",
        headquarters: "",
        description: "'-2+3",
      },
    ]);
  });
});
