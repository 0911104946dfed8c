import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as auditEvents from "@/app/api/v1/audit-events/route";
import * as authToken from "@/app/api/v1/auth/token/route";
import * as importMetrics from "@/app/api/v1/imports/metrics/route";
import * as importVendors from "@/app/api/v1/imports/vendors/route";
import * as bid from "@/app/api/v1/bids/[id]/route";
import * as approval from "@/app/api/v1/evaluations/[id]/approval/route";
import * as evaluationBids from "@/app/api/v1/evaluations/[id]/bids/route";
import * as decision from "@/app/api/v1/evaluations/[id]/decision/route";
import * as openEvaluation from "@/app/api/v1/evaluations/[id]/open/route";
import * as reopen from "@/app/api/v1/evaluations/[id]/reopen/route";
import * as results from "@/app/api/v1/evaluations/[id]/results/route";
import * as evaluation from "@/app/api/v1/evaluations/[id]/route";
import * as evaluations from "@/app/api/v1/evaluations/route";
import * as evidence from "@/app/api/v1/evidence/[id]/route";
import * as metric from "@/app/api/v1/metrics/[id]/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as tco from "@/app/api/v1/tco/route";
import * as token from "@/app/api/v1/tokens/[id]/route";
import * as tokens from "@/app/api/v1/tokens/route";
import * as certifications from "@/app/api/v1/vendors/[id]/certifications/route";
import * as vendorEvidence from "@/app/api/v1/vendors/[id]/evidence/route";
import * as vendorMetrics from "@/app/api/v1/vendors/[id]/metrics/route";
import * as vendor from "@/app/api/v1/vendors/[id]/route";
import * as vendors from "@/app/api/v1/vendors/route";
import type { Role } from "@/lib/generated/prisma/enums";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { buildOpenApiDocument } from "@/lib/server/api/openapi/openapi-document";
import { WORKED_EXAMPLE } from "@/lib/server/api/openapi/worked-example";
import { MEDCENTRAL_SCENARIO } from "@/lib/tco/article-fixtures";
import { MEDCENTRAL, seedDemoData } from "@/prisma/seed";
import { apiRequest, csvRequest, routeParams } from "@/tests/setup/api-request";
import { useAsAppDb } from "@/tests/setup/app-db";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

// Contract tests: every operation of the OpenAPI document is called at least once, and every
// answer (errors included) must have a status the document lists for the operation and a body
// that validates against the schema the document gives for it. The last test fails when an
// operation of the document was never called.

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", unknown>>;

const ROUTES: Record<string, RouteModule> = {
  "/auth/token": authToken,
  "/openapi.json": openapi,
  "/vendors": vendors,
  "/vendors/{id}": vendor,
  "/vendors/{id}/metrics": vendorMetrics,
  "/vendors/{id}/evidence": vendorEvidence,
  "/vendors/{id}/certifications": certifications,
  "/metrics/{id}": metric,
  "/evidence/{id}": evidence,
  "/evaluations": evaluations,
  "/evaluations/{id}": evaluation,
  "/evaluations/{id}/open": openEvaluation,
  "/evaluations/{id}/results": results,
  "/evaluations/{id}/bids": evaluationBids,
  "/evaluations/{id}/decision": decision,
  "/evaluations/{id}/approval": approval,
  "/evaluations/{id}/reopen": reopen,
  "/bids/{id}": bid,
  "/tco": tco,
  "/tokens": tokens,
  "/tokens/{id}": token,
  "/audit-events": auditEvents,
  "/imports/vendors": importVendors,
  "/imports/metrics": importMetrics,
};

const document = buildOpenApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(JSON.parse(JSON.stringify(document)), "openapi");
const validators = new Map<string, ValidateFunction>();
const exercised = new Set<string>();

type Caller = Role | "OTHER" | "NONE";
let testDb: TestDb;
const bearer = {} as Record<Exclude<Caller, "NONE">, string>;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  const { db } = testDb;
  await seedDemoData(db);
  const org = await db.organization.findUniqueOrThrow({ where: { slug: MEDCENTRAL.slug } });
  for (const role of ["ADMIN", "ANALYST", "PROCUREMENT", "EXECUTIVE"] as const) {
    const user = await db.user.findFirstOrThrow({ where: { organizationId: org.id, role } });
    bearer[role] = (await issueApiToken(db, user, "contract")).token;
  }
  const other = await db.user.findFirstOrThrow({ where: { organizationId: { not: org.id }, role: "ADMIN" } });
  bearer.OTHER = (await issueApiToken(db, other, "contract")).token;
}, 600_000);
afterAll(async () => testDb?.close());

/** The document's template of a concrete path, e.g. /vendors/ck1/metrics → /vendors/{id}/metrics. */
function templateOf(path: string): { template: string; id?: string } {
  for (const template of Object.keys(ROUTES)) {
    const pattern = new RegExp(`^${template.replace("{id}", "([^/]+)")}$`);
    const match = pattern.exec(path);
    if (match) return { template, id: match[1] };
  }
  throw new Error(`No route for ${path}`);
}

function validatorFor(template: string, method: string, status: number): ValidateFunction | null {
  const operation = (document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> }>>)[template]?.[method];
  expect(operation, `${method.toUpperCase()} ${template} is not in the document`).toBeDefined();
  const response = operation.responses[String(status)];
  expect(response, `${method.toUpperCase()} ${template} answered ${status}, which the document does not list`).toBeDefined();
  const ref = response.content?.["application/json"]?.schema.$ref;
  if (!ref) return null;
  const key = `openapi${ref}`;
  if (!validators.has(key)) validators.set(key, ajv.compile({ $ref: key }));
  return validators.get(key)!;
}

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are checked against the document, then read freely
  body: any;
}

/** Calls an operation as `caller` and checks the answer against the document. */
async function call(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", pathAndQuery: string, caller: Caller, body?: unknown, { csv = false } = {}): Promise<Answer> {
  const [path] = pathAndQuery.split("?");
  const { template, id } = templateOf(path);
  const handler = ROUTES[template][method] as Handler | undefined;
  expect(handler, `${method} ${template} has no handler`).toBeDefined();
  const token = caller === "NONE" ? undefined : bearer[caller];
  const request = csv ? csvRequest(`/api/v1${pathAndQuery}`, { csv: String(body), token }) : apiRequest(`/api/v1${pathAndQuery}`, { method, body, token });
  const response = await handler!(request, routeParams<Record<string, string>>(id ? { id } : {}));
  exercised.add(`${method} ${template}`);
  const text = await response.text();
  const answer: Answer = { status: response.status, body: text ? JSON.parse(text) : null };
  const validate = validatorFor(template, method.toLowerCase(), response.status);
  if (validate) {
    const valid = validate(answer.body);
    expect(valid, `${method} ${pathAndQuery} → ${response.status} does not match the document: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 500)}`).toBe(true);
  } else {
    expect(text, `${method} ${pathAndQuery} → ${response.status} should have no body`).toBe("");
  }
  return answer;
}

const ids: Record<string, string> = {};
const substitute = (text: string) => text.replaceAll("$VENDOR", ids.VENDOR ?? "").replaceAll("$EVALUATION", ids.EVALUATION ?? "");

describe("the worked example of the README and the reference page", () => {
  it("runs step by step, as the admin it signs in as, and every answer matches the document", async () => {
    let token = "";
    for (const step of WORKED_EXAMPLE) {
      const body = step.body === undefined ? undefined : JSON.parse(substitute(JSON.stringify(step.body)));
      const path = substitute(step.path);
      const { template } = templateOf(path.split("?")[0]);
      const handler = ROUTES[template][step.method] as Handler;
      const request = apiRequest(`/api/v1${path}`, { method: step.method, body, token: token || undefined });
      const { id } = templateOf(path.split("?")[0]);
      const response = await handler(request, routeParams<Record<string, string>>(id ? { id } : {}));
      exercised.add(`${step.method} ${template}`);
      const answer = await response.json();
      expect(response.status, `${step.title}: ${JSON.stringify(answer).slice(0, 300)}`).toBeLessThan(300);
      const validate = validatorFor(template, step.method.toLowerCase(), response.status)!;
      expect(validate(answer), `${step.title}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      if (step.saves?.variable === "TOKEN") token = answer.token;
      else if (step.saves) ids[step.saves.variable] = answer[step.saves.field];
      if (step.method === "GET") {
        expect(answer.bids.map((b: { label: string }) => b.label).sort()).toEqual(["Dedicated team", "Per-chart pricing"]);
        expect(answer.bids.map((b: { rank: number }) => b.rank).sort()).toEqual([1, 2]);
        expect(Object.keys(answer.uncertainty.bids)).toHaveLength(2);
        expect(answer.uncertainty.iterations).toBe(2000);
      }
    }
    expect(ids.VENDOR).toBeTruthy();
    expect(ids.EVALUATION).toBeTruthy();
  });
});

describe("authentication and the document", () => {
  it("answers a wrong password with 401 and serves the document without sign-in", async () => {
    expect((await call("POST", "/auth/token", "NONE", { email: "admin@medcentral.example", password: "not the password" })).status).toBe(401);
    expect((await call("POST", "/auth/token", "NONE", { email: "not an email" })).status).toBe(400);
    const served = await call("GET", "/openapi.json", "NONE");
    expect(served.body.openapi).toBe("3.1.0");
    expect((await call("GET", "/vendors", "NONE")).status).toBe(401);
  });
});

describe("vendors", () => {
  it("lists, reads, changes (409 with the current version when stale) and removes", async () => {
    const page = await call("GET", "/vendors?limit=2&sort=name", "EXECUTIVE");
    expect(page.status).toBe(200);
    expect(page.body.data).toHaveLength(2);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const next = await call("GET", `/vendors?limit=2&sort=name&cursor=${page.body.nextCursor}`, "EXECUTIVE");
    expect(next.body.data[0].name >= page.body.data[1].name).toBe(true);
    expect((await call("GET", "/vendors?limit=201", "EXECUTIVE")).status).toBe(400);
    expect((await call("GET", `/vendors?sort=fte&cursor=${page.body.nextCursor}`, "EXECUTIVE")).status).toBe(400);

    const read = await call("GET", `/vendors/${ids.VENDOR}`, "ANALYST");
    expect(read.body.name).toBe("Northwind Coding Partners");
    expect((await call("GET", `/vendors/${ids.VENDOR}`, "OTHER")).status).toBe(404);
    const changed = await call("PATCH", `/vendors/${ids.VENDOR}`, "ANALYST", { fte: 130, version: read.body.version });
    expect(changed.body.fte).toBe(130);
    const stale = await call("PATCH", `/vendors/${ids.VENDOR}`, "ANALYST", { fte: 140, version: read.body.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "version_conflict", currentVersion: changed.body.version });
    expect((await call("PATCH", `/vendors/${ids.VENDOR}`, "EXECUTIVE", { fte: 1, version: changed.body.version })).status).toBe(403);

    const spare = await call("POST", "/vendors", "ANALYST", { name: "Spare vendor for the contract", operatingModel: "GENERALIST", functionsServed: ["PAYMENT_POSTING"] });
    expect(spare.status).toBe(201);
    expect((await call("POST", "/vendors", "ANALYST", { name: "Spare vendor for the contract", operatingModel: "GENERALIST", functionsServed: ["PAYMENT_POSTING"] })).status).toBe(409);
    expect((await call("POST", "/vendors", "ANALYST", { name: "" })).status).toBe(400);
    const removed = await call("DELETE", `/vendors/${spare.body.id}?version=${spare.body.version}`, "ANALYST");
    expect(removed.body).toEqual({ id: spare.body.id, outcome: "deleted" });
    expect((await call("DELETE", `/vendors/${spare.body.id}`, "ANALYST")).status).toBe(404);
  });
});

describe("metrics, evidence and certifications", () => {
  it("lists, records, corrects and removes a vendor's metric observations", async () => {
    const list = await call("GET", `/vendors/${ids.VENDOR}/metrics`, "EXECUTIVE");
    expect(list.body.data).toHaveLength(1);
    const added = await call("POST", `/vendors/${ids.VENDOR}/metrics`, "ANALYST", { metric: "DENIAL_RATE", value: 0.07, asOf: "2026-09-01", source: "VENDOR_CLAIMED" });
    expect(added.status).toBe(201);
    const corrected = await call("PATCH", `/metrics/${added.body.id}`, "ANALYST", { value: 0.08, version: added.body.version });
    expect(corrected.body.value).toBe(0.08);
    expect((await call("PATCH", `/metrics/${added.body.id}`, "ANALYST", { value: 0.09, version: added.body.version })).status).toBe(409);
    expect((await call("DELETE", `/metrics/${added.body.id}?version=${corrected.body.version}`, "ANALYST")).status).toBe(204);
    expect((await call("DELETE", `/metrics/${added.body.id}`, "ANALYST")).status).toBe(404);
  });

  it("lists, records, corrects and removes compliance evidence", async () => {
    const added = await call("POST", `/vendors/${ids.VENDOR}/evidence`, "ANALYST", { item: "HIPAA_BAA", level: "DOCUMENTED", effectiveDate: "2026-01-15" });
    expect(added.status).toBe(201);
    const list = await call("GET", `/vendors/${ids.VENDOR}/evidence?limit=1`, "PROCUREMENT");
    expect(list.body.data.map((row: { id: string }) => row.id)).toEqual([added.body.id]);
    const corrected = await call("PATCH", `/evidence/${added.body.id}`, "ANALYST", { level: "VERIFIED", version: added.body.version });
    expect(corrected.body.level).toBe("VERIFIED");
    expect((await call("PATCH", `/evidence/${added.body.id}`, "PROCUREMENT", { level: "CLAIMED", version: corrected.body.version })).status).toBe(403);
    expect((await call("DELETE", `/evidence/${added.body.id}?version=${added.body.version}`, "ANALYST")).status).toBe(409);
    expect((await call("DELETE", `/evidence/${added.body.id}?version=${corrected.body.version}`, "ANALYST")).status).toBe(204);
  });

  it("reads and replaces staff certification counts", async () => {
    const before = await call("GET", `/vendors/${ids.VENDOR}/certifications`, "EXECUTIVE");
    expect(before.body.version).toBe(0);
    const set = await call("PUT", `/vendors/${ids.VENDOR}/certifications`, "ANALYST", { asOf: "2026-11-01", totalStaff: 120, certifiedStaff: 90, counts: { CPC: 80, CCS: 20 }, version: 0 });
    expect(set.body).toMatchObject({ totalStaff: 120, certifiedShare: 0.75, version: 1 });
    expect((await call("PUT", `/vendors/${ids.VENDOR}/certifications`, "ANALYST", { asOf: "2026-11-01", totalStaff: 120, counts: {}, version: 0 })).status).toBe(409);
  });
});

describe("evaluations, bids and decisions", () => {
  it("lists and reads evaluations, changes one, and refuses a stale change", async () => {
    const list = await call("GET", "/evaluations?sort=name&limit=1", "EXECUTIVE");
    expect(list.body.data).toHaveLength(1);
    expect(list.body.nextCursor).toEqual(expect.any(String));
    const rest = await call("GET", `/evaluations?sort=name&limit=200&cursor=${list.body.nextCursor}`, "EXECUTIVE");
    expect(rest.body.data.map((row: { id: string }) => row.id)).not.toContain(list.body.data[0].id);
    expect(rest.body.nextCursor).toBeNull();
    const read = await call("GET", `/evaluations/${ids.EVALUATION}`, "ANALYST");
    expect(read.body.status).toBe("OPEN");
    const changed = await call("PATCH", `/evaluations/${ids.EVALUATION}`, "PROCUREMENT", { description: "Coding only, three years.", version: read.body.version });
    expect(changed.body.description).toBe("Coding only, three years.");
    expect((await call("PATCH", `/evaluations/${ids.EVALUATION}`, "PROCUREMENT", { description: "Stale", version: read.body.version })).status).toBe(409);
    expect((await call("GET", `/evaluations/${ids.EVALUATION}`, "OTHER")).status).toBe(404);
    expect((await call("GET", `/evaluations/${ids.EVALUATION}/results?monteCarlo=5`, "ANALYST")).status).toBe(400);
  });

  it("lists, reads, changes and removes bids", async () => {
    const list = await call("GET", `/evaluations/${ids.EVALUATION}/bids`, "EXECUTIVE");
    expect(list.body.data).toHaveLength(2);
    const [first] = list.body.data;
    expect((await call("GET", `/bids/${first.id}`, "ANALYST")).body.label).toBe(first.label);
    const changed = await call("PATCH", `/bids/${first.id}`, "PROCUREMENT", { notes: "Includes second-level review.", version: first.version });
    expect(changed.body.notes).toBe("Includes second-level review.");
    expect((await call("POST", `/evaluations/${ids.EVALUATION}/bids`, "ANALYST", { vendorId: ids.VENDOR, label: "Not allowed", lines: [] })).status).toBe(403);
    const extra = await call("POST", `/evaluations/${ids.EVALUATION}/bids`, "PROCUREMENT", {
      vendorId: ids.VENDOR,
      label: "To be removed",
      lines: [{ function: "MEDICAL_CODING", pricing: { model: "PER_UNIT", rate: 7 } }],
    });
    expect(extra.status).toBe(201);
    expect((await call("DELETE", `/bids/${extra.body.id}?version=99`, "PROCUREMENT")).status).toBe(409);
    expect((await call("DELETE", `/bids/${extra.body.id}?version=${extra.body.version}`, "PROCUREMENT")).body).toEqual({ id: extra.body.id, evaluationId: ids.EVALUATION });
    expect((await call("DELETE", `/bids/${extra.body.id}`, "PROCUREMENT")).status).toBe(400);
  });

  it("records the decision, returns it, decides again, approves, and reopens", async () => {
    // A PHI-handling function: the vendor needs a current SOC 2 Type II report and a BAA to be chosen.
    await call("POST", `/vendors/${ids.VENDOR}/evidence`, "ANALYST", { item: "SOC2_TYPE_II", level: "VERIFIED", periodStart: "2025-10-01", periodEnd: "2026-09-30", effectiveDate: "2026-09-30" });
    await call("POST", `/vendors/${ids.VENDOR}/evidence`, "ANALYST", { item: "HIPAA_BAA", level: "DOCUMENTED", effectiveDate: "2026-01-15" });
    const bids = (await call("GET", `/evaluations/${ids.EVALUATION}/bids`, "PROCUREMENT")).body.data;
    let current = (await call("GET", `/evaluations/${ids.EVALUATION}`, "PROCUREMENT")).body;
    const rationale = "Lowest TCO with committed coding accuracy of 96 %.";
    expect((await call("POST", `/evaluations/${ids.EVALUATION}/decision`, "PROCUREMENT", { bidId: bids[0].id, rationale: "Too short", version: current.version })).status).toBe(400);
    const decided = await call("POST", `/evaluations/${ids.EVALUATION}/decision`, "PROCUREMENT", { bidId: bids[0].id, rationale, version: current.version });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    current = decided.body;
    expect(current.status).toBe("DECISION_RECORDED");
    expect((await call("PATCH", `/evaluations/${ids.EVALUATION}`, "PROCUREMENT", { description: "Too late", version: current.version })).status).toBe(422);
    expect((await call("POST", `/evaluations/${ids.EVALUATION}/approval`, "PROCUREMENT", { outcome: "APPROVE", version: current.version })).status).toBe(403);
    current = (await call("POST", `/evaluations/${ids.EVALUATION}/approval`, "EXECUTIVE", { outcome: "RETURN", comment: "Compare with the dedicated team first.", version: current.version })).body;
    expect(current.status).toBe("OPEN");
    current = (await call("POST", `/evaluations/${ids.EVALUATION}/decision`, "PROCUREMENT", { bidId: bids[0].id, rationale, version: current.version })).body;
    current = (await call("POST", `/evaluations/${ids.EVALUATION}/approval`, "EXECUTIVE", { outcome: "APPROVE", version: current.version })).body;
    expect(current.status).toBe("APPROVED");
    expect((await call("POST", `/evaluations/${ids.EVALUATION}/reopen`, "ADMIN", { comment: "Reopened", version: current.version })).status).toBe(400);
    current = (await call("POST", `/evaluations/${ids.EVALUATION}/reopen`, "ADMIN", { comment: "The vendor revised its price.", version: current.version })).body;
    expect(current).toMatchObject({ status: "OPEN", decision: null, review: null });
    expect((await call("POST", `/evaluations/${ids.EVALUATION}/open`, "PROCUREMENT", { version: current.version })).status).toBe(422);
  });
});

describe("the TCO calculator and tokens", () => {
  it("runs a scenario for any role and names each invalid field", async () => {
    const answer = await call("POST", "/tco", "EXECUTIVE", MEDCENTRAL_SCENARIO);
    expect(answer.body.bids.length).toBe(MEDCENTRAL_SCENARIO.bids.length);
    expect((await call("POST", "/tco", "EXECUTIVE", { termMonths: 0 })).status).toBe(400);
  });

  it("creates, lists and revokes a named token (Admin only)", async () => {
    const created = await call("POST", "/tokens", "ADMIN", { name: "BI export", role: "EXECUTIVE", lifetime: "30" });
    expect(created.status).toBe(201);
    const list = await call("GET", "/tokens", "ADMIN");
    expect(list.body.data.map((row: { id: string }) => row.id)).toContain(created.body.id);
    expect((await call("GET", "/tokens", "ANALYST")).status).toBe(403);
    expect((await call("DELETE", `/tokens/${created.body.id}`, "ADMIN")).status).toBe(204);
    expect((await call("DELETE", `/tokens/${created.body.id}`, "OTHER")).status).toBe(404);
  });
});

describe("the audit trail", () => {
  it("pages through the events of a record, newest first, for Admin and Executive only", async () => {
    const first = await call("GET", `/audit-events?recordId=${ids.EVALUATION}&limit=3`, "EXECUTIVE");
    expect(first.body.data).toHaveLength(3);
    expect(first.body.data[0].action).toBe("reopen-evaluation");
    const rest = await call("GET", `/audit-events?recordId=${ids.EVALUATION}&limit=200&cursor=${encodeURIComponent(first.body.nextCursor)}`, "ADMIN");
    const all = [...first.body.data, ...rest.body.data];
    expect(new Set(all.map((event: { id: string }) => event.id)).size).toBe(all.length);
    expect(all.at(-1).action).toBe("create-evaluation");
    expect(all.some((event: { recordType: string }) => event.recordType === "Bid")).toBe(true);
    const vendorEvents = await call("GET", `/audit-events?recordType=Vendor&recordId=${ids.VENDOR}&from=2020-01-01`, "ADMIN");
    expect(vendorEvents.body.data.every((event: { recordType: string }) => event.recordType === "Vendor")).toBe(true);
    expect((await call("GET", "/audit-events", "ANALYST")).status).toBe(403);
    expect((await call("GET", "/audit-events?from=yesterday", "ADMIN")).status).toBe(400);
    expect((await call("GET", `/audit-events?recordId=${ids.EVALUATION}`, "OTHER")).body.data).toEqual([]);
  });
});

describe("CSV imports", () => {
  it("previews with dryRun, commits, and answers a file with errors with 422 and the report", async () => {
    const vendorsCsv = "name,operating_model,ai_use,functions_served,fte,annual_turnover_rate,website,headquarters,description\r\nImported Coding Co,SPECIALIZED,NONE,MEDICAL_CODING,40,0.2,,,\r\n";
    const preview = await call("POST", "/imports/vendors?dryRun=true", "ANALYST", vendorsCsv, { csv: true });
    expect(preview.body).toMatchObject({ dryRun: true, committed: false, summary: { new: 1, errors: 0 } });
    expect((await call("POST", "/imports/vendors", "ANALYST", vendorsCsv, { csv: true })).body.committed).toBe(true);
    expect((await call("POST", "/imports/vendors", "ANALYST", "name,operating_model\r\n,NOT_A_MODEL\r\n", { csv: true })).status).toBe(422);
    expect((await call("POST", "/imports/vendors", "PROCUREMENT", vendorsCsv, { csv: true })).status).toBe(403);
    const metricsCsv = "vendor,metric,value,as_of,source,method,notes\r\nImported Coding Co,CODING_ACCURACY,0.95,2026-10-01,VENDOR_CLAIMED,CODE,\r\n";
    const metrics = await call("POST", "/imports/metrics?dryRun=true", "ANALYST", metricsCsv, { csv: true });
    expect(metrics.body).toMatchObject({ kind: "metrics", summary: { new: 1, errors: 0 } });
    expect((await call("POST", "/imports/metrics?dryRun=maybe", "ANALYST", metricsCsv, { csv: true })).status).toBe(400);
  });
});

describe("coverage", () => {
  it("called every operation of the document", () => {
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect(documented.filter((operation) => !exercised.has(operation)).sort()).toEqual([]);
  });
});
