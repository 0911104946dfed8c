import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { GET as getCsv } from "@/app/(app)/evaluations/[id]/comparison.csv/route";
import { GET as getPdf } from "@/app/(app)/evaluations/[id]/report.pdf/route";
import { COMPARISON_COLUMNS } from "@/lib/evaluation/comparison-table";
import { createBid } from "@/prisma/demo/builders/bid";
import { createEvaluation } from "@/prisma/demo/builders/evaluation";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { useAsAppDb } from "@/tests/setup/app-db";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { createRoleCallers, type RoleCallers } from "@/tests/setup/role-sessions";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
let callers: RoleCallers;
let evaluationId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  callers = await createRoleCallers(testDb);
  const organizationId = callers.organizationId;
  // Scheduling handles no PHI in the matrix, so no evidence is needed to qualify.
  const evaluation = await createEvaluation(testDb.db, { organizationId, status: "OPEN", functions: [{ function: "PATIENT_SCHEDULING" }] });
  evaluationId = evaluation.id;
  const hostile = await createVendor(testDb.db, { organizationId, name: '=HYPERLINK("http://x","click"), "quoted"', operatingModel: "GENERALIST" });
  const plain = await createVendor(testDb.db, { organizationId, name: "Plain Scheduling Co", operatingModel: "GENERALIST" });
  await createBid(testDb.db, { organizationId, evaluationId, vendorId: hostile.id, label: "-1 offer", lines: [{ evaluationFunctionId: evaluation.functions[0].id }] });
  await createBid(testDb.db, { organizationId, evaluationId, vendorId: plain.id, label: "Plain offer", lines: [{ evaluationFunctionId: evaluation.functions[0].id, rate: 20 }] });
  await createBid(testDb.db, { organizationId, evaluationId, vendorId: plain.id, label: "Withdrawn offer", status: "WITHDRAWN", lines: [{ evaluationFunctionId: evaluation.functions[0].id }] });
});
afterAll(async () => testDb?.close());

const csv = (token: string, id = evaluationId) => getCsv(apiRequest(`/evaluations/${id}/comparison.csv`, { token }), routeParams({ id }));

describe("GET /evaluations/{id}/comparison.csv", () => {
  it("is RFC 4180 with a BOM: the header row and one row per ranked bid, formula-looking cells neutralised", async () => {
    const response = await csv(callers.tokens.EXECUTIVE);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="comparison-.+\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("\r\n");
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0]).toEqual([...COMPARISON_COLUMNS]);
    expect(rows).toHaveLength(3); // the withdrawn bid is not ranked
    const vendors = rows.slice(1).map((r) => r[2]);
    expect(vendors).toContain(`'=HYPERLINK("http://x","click"), "quoted"`);
    expect(rows.slice(1).map((r) => r[1])).toContain("'-1 offer");
  });

  it("answers 401 without a session and 404 for another organisation's evaluation", async () => {
    expect((await getCsv(apiRequest(`/evaluations/${evaluationId}/comparison.csv`), routeParams({ id: evaluationId }))).status).toBe(401);
    expect((await csv(callers.tokens.OTHER_ANALYST)).status).toBe(404);
  });
});

describe("GET /evaluations/{id}/report.pdf", () => {
  it("renders a PDF on the server for every role, and 404 for another organisation", async () => {
    const response = await getPdf(apiRequest(`/evaluations/${evaluationId}/report.pdf`, { token: callers.tokens.ANALYST }), routeParams({ id: evaluationId }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(2000);
    expect((await getPdf(apiRequest(`/evaluations/${evaluationId}/report.pdf`, { token: callers.tokens.OTHER_ANALYST }), routeParams({ id: evaluationId }))).status).toBe(404);
  });
});
