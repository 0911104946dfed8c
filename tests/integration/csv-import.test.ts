import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postMetrics } from "@/app/api/v1/imports/metrics/route";
import { POST as postVendors } from "@/app/api/v1/imports/vendors/route";
import { GET as exportVendors } from "@/app/(app)/vendors/export/route";
import { GET as exportObservations } from "@/app/(app)/vendors/observations/export/route";
import { GET as getTemplate } from "@/app/(app)/vendors/import/template/[kind]/route";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ImportReport } from "@/lib/schemas/csv-import";
import { IMPORT_MAX_ROWS } from "@/lib/server/imports/csv-records";
import { createMetricObservation } from "@/prisma/demo/builders/metric-observation";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { useAsAppDb } from "@/tests/setup/app-db";
import { apiRequest, csvRequest, routeParams } from "@/tests/setup/api-request";
import { databaseFingerprint } from "@/tests/setup/database-fingerprint";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

let testDb: TestDb;
let organizationId: string;
let otherOrganizationId: string;
const tokens = {} as Record<Role | "OTHER_ANALYST", string>;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const { db } = testDb;
  organizationId = (await createOrganization(db, { slug: "importing" })).id;
  otherOrganizationId = (await createOrganization(db, { slug: "elsewhere" })).id;
  for (const role of ["ADMIN", "ANALYST", "PROCUREMENT", "EXECUTIVE"] as const) {
    const user = await createUser(db, { organizationId, role });
    tokens[role] = (await issueApiToken(db, user, "import test")).token;
  }
  tokens.OTHER_ANALYST = (await issueApiToken(db, await createUser(db, { organizationId: otherOrganizationId, role: "ANALYST" }), "import test")).token;
});
afterAll(async () => testDb?.close());

const VENDOR_HEADER = "name,operating_model,ai_use,functions_served,fte,annual_turnover_rate,website,headquarters,description";
const OBS_HEADER = "vendor,metric,value,as_of,source,method,notes";

async function importVendors(csv: string | Uint8Array<ArrayBuffer>, { dryRun = false, token = tokens.ANALYST } = {}) {
  const response = await postVendors(csvRequest(`/api/v1/imports/vendors${dryRun ? "?dryRun=true" : ""}`, { csv, token }));
  return { status: response.status, body: (await response.json()) as ImportReport & { error?: { code: string; message: string } } };
}
async function importMetrics(csv: string | Uint8Array<ArrayBuffer>, { dryRun = false, token = tokens.ANALYST } = {}) {
  const response = await postMetrics(csvRequest(`/api/v1/imports/metrics${dryRun ? "?dryRun=true" : ""}`, { csv, token }));
  return { status: response.status, body: (await response.json()) as ImportReport & { error?: { code: string; message: string } } };
}
const lines = (...rows: string[]) => `${rows.join("\r\n")}\r\n`;

describe("POST /api/v1/imports/vendors", () => {
  it("previews with ?dryRun=true: a summary, the rows, and nothing written", async () => {
    await createVendor(testDb.db, { organizationId, name: "Preview Known", operatingModel: "GENERALIST", functionsServed: ["PAYMENT_POSTING"], aiUse: "NONE", description: "", fte: null, annualTurnoverRate: null });
    const before = await databaseFingerprint(testDb.db);
    const { status, body } = await importVendors(
      lines(VENDOR_HEADER, "Preview New,SPECIALIZED,HUMAN_IN_THE_LOOP,MEDICAL_CODING,40,35 %,,,", "Preview Known,AI hybrid,NONE,Payment posting,,,,,"),
      { dryRun: true },
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: "vendors", dryRun: true, committed: false, summary: { rows: 2, new: 1, updated: 1, unchanged: 0, errors: 0 }, errors: [] });
    expect(body.preview.map((row) => [row.row, row.status, row.changed])).toEqual([
      [2, "new", []],
      [3, "updated", ["operating_model"]],
    ]);
    expect(await databaseFingerprint(testDb.db)).toEqual(before);
  });

  it("commits every row in one go, with one audit event per record (before and after for an update)", async () => {
    const known = await createVendor(testDb.db, { organizationId, name: "Commit Known", operatingModel: "GENERALIST", functionsServed: ["PAYMENT_POSTING"], fte: 10 });
    const { status, body } = await importVendors(lines(VENDOR_HEADER, "Commit New,Specialized,,MEDICAL_CODING;AR_FOLLOW_UP,40,0.35,https://new.example,Austin,Coders", "Commit Known,GENERALIST,HUMAN_IN_THE_LOOP,PAYMENT_POSTING,25,,,,"));
    expect(status).toBe(200);
    expect(body).toMatchObject({ committed: true, summary: { new: 1, updated: 1, errors: 0 } });
    const created = await testDb.db.vendor.findFirstOrThrow({ where: { organizationId, name: "Commit New" } });
    expect(created).toMatchObject({ operatingModel: "SPECIALIZED", aiUse: "HUMAN_IN_THE_LOOP", functionsServed: ["MEDICAL_CODING", "AR_FOLLOW_UP"], fte: 40, website: "https://new.example", headquarters: "Austin", description: "Coders" });
    expect(Number(created.annualTurnoverRate)).toBe(0.35);
    const updated = await testDb.db.vendor.findUniqueOrThrow({ where: { id: known.id } });
    expect(updated).toMatchObject({ fte: 25, version: known.version + 1 });
    const events = await testDb.db.auditEvent.findMany({ where: { action: "import-vendor", entityId: { in: [created.id, known.id] } } });
    expect(events).toHaveLength(2);
    expect(events.find((event) => event.entityId === known.id)).toMatchObject({ before: { fte: 10 }, after: { fte: 25 } });
    expect(events.find((event) => event.entityId === created.id)).toMatchObject({ before: null, after: { name: "Commit New" } });
  });

  it("reports errors per row and column, and a file with any error writes nothing (422)", async () => {
    const before = await databaseFingerprint(testDb.db);
    const { status, body } = await importVendors(
      lines(VENDOR_HEADER, "Good Row Vendor,SPECIALIZED,,MEDICAL_CODING,,,,,", "Bad Row Vendor,OUTSOURCED,,TELEPATHY,-3,,not a url,,", ",GENERALIST,,MEDICAL_CODING,,,,,"),
    );
    expect(status).toBe(422);
    expect(body.committed).toBe(false);
    expect(body.summary).toMatchObject({ rows: 3, new: 1, errors: 2 });
    expect(body.errors).toEqual([
      { row: 3, column: "operating_model", message: '"OUTSOURCED" is not one of GENERALIST, SPECIALIZED, AI_HYBRID.' },
      { row: 3, column: "functions_served", message: expect.stringContaining('"TELEPATHY" is not one of') },
      { row: 3, column: "fte", message: "FTE cannot be negative." },
      { row: 3, column: "website", message: expect.stringContaining("full web address") },
      { row: 4, column: "name", message: "Enter the vendor's name." },
    ]);
    expect(body.preview.find((row) => row.row === 3)).toMatchObject({ status: "error", cells: { name: "Bad Row Vendor", operating_model: "OUTSOURCED" } });
    expect(await databaseFingerprint(testDb.db)).toEqual(before);
  });

  it("reports a duplicate row, a missing header, unknown columns, a wrong encoding and broken quoting instead of failing", async () => {
    const duplicate = await importVendors(lines(VENDOR_HEADER, "Twice,GENERALIST,,MEDICAL_CODING,,,,,", "Twice,SPECIALIZED,,MEDICAL_CODING,,,,,"), { dryRun: true });
    expect(duplicate.body.errors).toEqual([{ row: 3, column: "name", message: "Duplicate of row 2: the same record appears twice." }]);

    const noHeader = await importVendors(lines("Acme,GENERALIST,,MEDICAL_CODING,,,,,"), { dryRun: true });
    expect(noHeader.status).toBe(200);
    expect(noHeader.body.errors).toEqual([{ row: 1, column: null, message: `The first row must be the header: ${VENDOR_HEADER}.` }]);

    const missing = await importVendors(lines("name,ai_use,colour", "Acme,NONE,red"), { dryRun: true });
    expect(missing.body.errors).toEqual([
      { row: 1, column: "colour", message: expect.stringContaining("Unknown column") },
      { row: 1, column: "operating_model", message: "The header is missing this column." },
      { row: 1, column: "functions_served", message: "The header is missing this column." },
    ]);

    const latin1 = new Uint8Array([...new TextEncoder().encode(`${VENDOR_HEADER}\r\nCaf`), 0xe9, ...new TextEncoder().encode(",GENERALIST,,MEDICAL_CODING,,,,,\r\n")]);
    const encoding = await importVendors(latin1, { dryRun: true });
    expect(encoding.status).toBe(200);
    expect(encoding.body.errors).toEqual([{ row: null, column: null, message: expect.stringContaining("not UTF-8") }]);

    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...VENDOR_HEADER].map((c) => c.charCodeAt(0))).buffer)]);
    expect((await importVendors(utf16, { dryRun: true })).body.errors[0].message).toContain("UTF-16");

    const quoting = await importVendors(lines(VENDOR_HEADER, '"Unclosed,GENERALIST,,MEDICAL_CODING,,,,,'), { dryRun: true });
    expect(quoting.status).toBe(200);
    expect(quoting.body.errors[0].message).toContain("not valid CSV");
  });

  it("refuses more rows than the limit with a clear message, and the Executive and Procurement roles with 403", async () => {
    const rows = Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, index) => `V${index},GENERALIST,,MEDICAL_CODING,,,,,`);
    const { body } = await importVendors(`${VENDOR_HEADER}\n${rows.join("\n")}\n`, { dryRun: true });
    expect(body.errors.at(-1)?.message).toBe("The file has more than 200,000 rows. Split it into smaller files and import them one after the other.");
    expect(body.committed).toBe(false);

    const before = await databaseFingerprint(testDb.db);
    for (const role of ["EXECUTIVE", "PROCUREMENT"] as const) {
      const refused = await importVendors(lines(VENDOR_HEADER, "Forbidden,GENERALIST,,MEDICAL_CODING,,,,,"), { token: tokens[role] });
      expect(refused.status).toBe(403);
    }
    expect(await databaseFingerprint(testDb.db)).toEqual(before);
  }, 60_000);

  it("refuses a body that is not CSV (415) and one larger than 20 MB (413)", async () => {
    const json = await postVendors(apiRequest("/api/v1/imports/vendors", { method: "POST", token: tokens.ANALYST, body: { name: "x" } }));
    expect(json.status).toBe(415);
    const big = `${VENDOR_HEADER}\r\n${"x".repeat(20 * 1024 * 1024)}`;
    const tooLarge = await postVendors(csvRequest("/api/v1/imports/vendors", { csv: big, token: tokens.ANALYST }));
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).error.message).toContain("larger than 20 MB");
  });
});

describe("POST /api/v1/imports/metrics", () => {
  it("accepts values as 0.95 or 95 %, codes or labels, and corrects an observation already recorded", async () => {
    const vendor = await createVendor(testDb.db, { organizationId, name: "Metrics Vendor" });
    const recorded = await createMetricObservation(testDb.db, { organizationId, vendorId: vendor.id, metric: "DENIAL_RATE", value: "0.08", asOf: new Date("2026-03-31"), source: "CLIENT_MEASURED" });
    const csv = lines(OBS_HEADER, "Metrics Vendor,CODING_ACCURACY,96.8 %,2026-08-29,AUDITED,Claim level,Audit sample", "Metrics Vendor,Initial denial rate,0.075,2026-03-31,Client measured,,", "Metrics Vendor,FIRST_PASS_RATE,0.91,2026-06-30,VENDOR_CLAIMED,,");
    const preview = await importMetrics(csv, { dryRun: true });
    expect(preview.body.summary).toMatchObject({ rows: 3, new: 2, updated: 1, errors: 0 });
    expect(preview.body.preview[1]).toMatchObject({ row: 3, status: "updated", changed: ["value"] });

    const { status, body } = await importMetrics(csv);
    expect(status).toBe(200);
    expect(body.committed).toBe(true);
    const stored = await testDb.db.metricObservation.findMany({ where: { vendorId: vendor.id }, orderBy: { asOf: "asc" } });
    expect(stored.map((o) => [o.metric, Number(o.value), o.source, o.measurementBasis])).toEqual([
      ["DENIAL_RATE", 0.075, "CLIENT_MEASURED", null],
      ["FIRST_PASS_RATE", 0.91, "VENDOR_CLAIMED", null],
      ["CODING_ACCURACY", 0.968, "AUDITED", "CLAIM"],
    ]);
    expect(stored[0]).toMatchObject({ id: recorded.id, version: recorded.version + 1 });
    expect(await testDb.db.auditEvent.count({ where: { action: "import-metric-observation", entityId: { in: stored.map((o) => o.id) } } })).toBe(3);

    const again = await importMetrics(csv);
    expect(again.body.summary).toMatchObject({ new: 0, updated: 0, unchanged: 3 });
  });

  it("an import with one bad row writes nothing, and names the row and the column", async () => {
    const vendor = await createVendor(testDb.db, { organizationId, name: "Bad Row Metrics" });
    const before = await databaseFingerprint(testDb.db);
    const { status, body } = await importMetrics(lines(OBS_HEADER, "Bad Row Metrics,CODING_ACCURACY,0.95,2026-08-29,AUDITED,CODE,", "Bad Row Metrics,CODING_ACCURACY,95,2026-08-30,AUDITED,CODE,", "Bad Row Metrics,DENIAL_RATE,0.1,29/08/2026,AUDITED,CODE,"));
    expect(status).toBe(422);
    expect(body.errors).toEqual([
      { row: 3, column: "value", message: 'Write the value as a fraction (0.95) or with its percent sign (95 %), not "95".' },
      { row: 4, column: "as_of", message: "Enter the date the figure is for as a date, YYYY-MM-DD." },
      { row: 4, column: "method", message: expect.stringContaining("Initial denial rate is measured as") },
    ]);
    expect(await databaseFingerprint(testDb.db)).toEqual(before);
    expect(await testDb.db.metricObservation.count({ where: { vendorId: vendor.id } })).toBe(0);
  });

  it("does not find another organisation's vendors by name", async () => {
    await createVendor(testDb.db, { organizationId: otherOrganizationId, name: "Only Theirs" });
    const { body } = await importMetrics(lines(OBS_HEADER, "Only Theirs,CODING_ACCURACY,0.95,2026-08-29,AUDITED,,"), { dryRun: true });
    expect(body.errors).toEqual([{ row: 2, column: "vendor", message: expect.stringContaining('No vendor named "Only Theirs"') }]);
    const theirs = await importMetrics(lines(OBS_HEADER, "Only Theirs,CODING_ACCURACY,0.95,2026-08-29,AUDITED,,"), { token: tokens.OTHER_ANALYST });
    expect(theirs.body.committed).toBe(true);
  });
});

describe("export → import round trip", () => {
  it("re-imports the vendor and observation exports without a change, formula-guarded cells included", async () => {
    const vendor = await createVendor(testDb.db, {
      organizationId,
      name: "=Round Trip, \"Quoted\"",
      operatingModel: "AI_HYBRID",
      aiUse: "AUTONOMOUS",
      functionsServed: ["PATIENT_SCHEDULING", "ELIGIBILITY_VERIFICATION"],
      fte: 77,
      annualTurnoverRate: "0.275",
      headquarters: "-Lisbon",
      description: "Line one\nline two, with comma",
    });
    await createMetricObservation(testDb.db, { organizationId, vendorId: vendor.id, metric: "STAFF_TURNOVER", value: "1.25", asOf: new Date("2026-07-01"), source: "REFERENCE_CHECK", note: "@risk" });
    await createMetricObservation(testDb.db, { organizationId, vendorId: vendor.id, metric: "CODING_ACCURACY", value: "0.961234", asOf: new Date("2026-07-01"), source: "AUDITED", measurementBasis: "CODE" });

    const query = `?q=${encodeURIComponent("Round Trip")}`;
    const vendorsCsv = await (await exportVendors(apiRequest(`/vendors/export${query}`, { token: tokens.ANALYST }))).text();
    const observationsCsv = await (await exportObservations(apiRequest(`/vendors/observations/export${query}`, { token: tokens.ANALYST }))).text();
    expect(vendorsCsv).toContain(`"'=Round Trip, ""Quoted"""`);
    expect(observationsCsv).toContain("'@risk");

    const before = await databaseFingerprint(testDb.db);
    const vendors = await importVendors(vendorsCsv);
    expect(vendors.body.summary).toMatchObject({ rows: 1, unchanged: 1, new: 0, updated: 0, errors: 0 });
    const observations = await importMetrics(observationsCsv);
    expect(observations.body.summary).toMatchObject({ rows: 2, unchanged: 2, new: 0, updated: 0, errors: 0 });
    expect(await databaseFingerprint(testDb.db)).toEqual(before);
  });

  it("serves templates that import as they are", async () => {
    for (const [kind, post] of [["vendors", importVendors], ["metrics", importMetrics]] as const) {
      const csv = await (await getTemplate(apiRequest(`/vendors/import/template/${kind}`, { token: tokens.ANALYST }), routeParams({ kind }))).text();
      const { body } = await post(csv, { dryRun: true });
      expect(body.errors).toEqual([]);
      if (kind === "vendors") await importVendors(csv);
    }
  });
});
