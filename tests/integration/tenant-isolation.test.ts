import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { createBid } from "@/prisma/demo/builders/bid";
import { createCertification } from "@/prisma/demo/builders/certification";
import { createComplianceEvidence } from "@/prisma/demo/builders/compliance-evidence";
import { createEvaluation } from "@/prisma/demo/builders/evaluation";
import { createMetricObservation } from "@/prisma/demo/builders/metric-observation";
import { createOrganization } from "@/prisma/demo/builders/organization";
import { createUser } from "@/prisma/demo/builders/user";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";

// Tenant isolation held by the database, not only by the code's `where organizationId`: a row
// of one organisation cannot name another organisation's vendor, evaluation, bid, function or
// user, because every such reference is a foreign key over (id, organizationId).

let testDb: TestDb;

/** One organisation's rows: each kind that others point at, made by the row builders. */
async function organisationRows(db: TestDb["db"], functionInScope: "MEDICAL_CODING" | "AR_FOLLOW_UP") {
  const organizationId = (await createOrganization(db)).id;
  const user = await createUser(db, { organizationId, role: "PROCUREMENT" });
  const vendor = await createVendor(db, { organizationId });
  // A vendor with no rows of its own, so that pointing at it can only fail on its organisation.
  const spareVendor = await createVendor(db, { organizationId });
  const evaluation = await createEvaluation(db, { organizationId, status: "OPEN", createdById: user.id, functions: [{ function: functionInScope }, { function: "PATIENT_SCHEDULING" }, { function: "ELIGIBILITY_VERIFICATION" }] });
  const evaluationFunction = evaluation.functions[0];
  const bid = await createBid(db, { organizationId, evaluationId: evaluation.id, vendorId: vendor.id, lines: [{ evaluationFunctionId: evaluationFunction.id }] });
  const observation = await createMetricObservation(db, { organizationId, vendorId: vendor.id, enteredById: user.id });
  const evidence = await createComplianceEvidence(db, { organizationId, vendorId: vendor.id });
  const certification = await createCertification(db, { organizationId, vendorId: vendor.id });
  const census = await db.staffCensus.create({ data: { organizationId, vendorId: vendor.id, asOf: new Date("2026-10-01"), totalStaff: 100 } });
  const token = await issueApiToken(db, user, "isolation");
  const override = await db.matrixOverride.create({ data: { organizationId, function: "ELIGIBILITY_VERIFICATION", automationPotential: 3, reason: "Payer portals by hand.", createdById: user.id } });
  return { organizationId, user, vendor, spareVendor, evaluation, evaluationFunction, bid, line: bid.lines[0], observation, evidence, certification, census, token, override };
}

let own: Awaited<ReturnType<typeof organisationRows>>;
let theirs: Awaited<ReturnType<typeof organisationRows>>;

beforeAll(async () => {
  testDb = await createTestDb();
  own = await organisationRows(testDb.db, "MEDICAL_CODING");
  theirs = await organisationRows(testDb.db, "AR_FOLLOW_UP");
});
afterAll(async () => testDb?.close());

function columnsOf(table: string) {
  return testDb.db.$queryRawUnsafe<{ column_name: string; udt_name: string }[]>(
    `SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    table,
  );
}

/**
 * Inserts a copy of an existing row of `table` in SQL, with a new id and `changes`, exactly as
 * a bug or a hand-written script would: the database alone decides.
 */
async function insertCopy(table: string, sourceId: string, changes: Record<string, string | null>): Promise<number> {
  const columns = await columnsOf(table);
  const values: (string | null)[] = [sourceId, randomUUID()];
  const select = columns.map(({ column_name: column, udt_name: type }) => {
    if (column === "id") return "$2";
    if (!(column in changes)) return `"${column}"`;
    values.push(changes[column]);
    return `$${values.length}::"${type}"`;
  });
  const names = columns.map(({ column_name: column }) => `"${column}"`).join(", ");
  return testDb.db.$executeRawUnsafe(`INSERT INTO "${table}" (${names}) SELECT ${select.join(", ")} FROM "${table}" WHERE "id" = $1`, ...values);
}

const FOREIGN_KEY = /foreign key/i;

describe("a row of one organisation that names another organisation's row", () => {
  const cases: [string, () => { table: string; source: string; foreign: Record<string, string>; ownCopy: Record<string, string> }][] = [
    ["a bid for another organisation's vendor", () => ({ table: "Bid", source: own.bid.id, foreign: { vendorId: theirs.spareVendor.id, label: "Foreign vendor" }, ownCopy: { label: "Own vendor" } })],
    ["a bid in another organisation's evaluation", () => ({ table: "Bid", source: own.bid.id, foreign: { evaluationId: theirs.evaluation.id, label: "Foreign evaluation" }, ownCopy: { label: "Own evaluation" } })],
    ["a bid line of another organisation's bid", () => ({ table: "BidLine", source: own.line.id, foreign: { bidId: theirs.bid.id }, ownCopy: { evaluationFunctionId: own.evaluation.functions[1].id } })],
    ["a bid line priced on another organisation's function", () => ({ table: "BidLine", source: own.line.id, foreign: { evaluationFunctionId: theirs.evaluation.functions[1].id }, ownCopy: { evaluationFunctionId: own.evaluation.functions[2].id } })],
    ["a function in another organisation's evaluation", () => ({ table: "EvaluationFunction", source: own.evaluationFunction.id, foreign: { evaluationId: theirs.evaluation.id }, ownCopy: { function: "PAYMENT_POSTING" } })],
    ["an observation of another organisation's vendor", () => ({ table: "MetricObservation", source: own.observation.id, foreign: { vendorId: theirs.spareVendor.id }, ownCopy: { source: "REFERENCE_CHECK" } })],
    ["an observation entered by another organisation's user", () => ({ table: "MetricObservation", source: own.observation.id, foreign: { enteredById: theirs.user.id, source: "AUDITED" }, ownCopy: { source: "CLIENT_MEASURED" } })],
    ["evidence for another organisation's vendor", () => ({ table: "ComplianceEvidence", source: own.evidence.id, foreign: { vendorId: theirs.spareVendor.id }, ownCopy: {} })],
    ["a certification count of another organisation's vendor", () => ({ table: "Certification", source: own.certification.id, foreign: { vendorId: theirs.spareVendor.id }, ownCopy: { credential: "RN" } })],
    ["a staff census of another organisation's vendor", () => ({ table: "StaffCensus", source: own.census.id, foreign: { vendorId: theirs.spareVendor.id }, ownCopy: { vendorId: own.spareVendor.id } })],
    ["an evaluation created by another organisation's user", () => ({ table: "Evaluation", source: own.evaluation.id, foreign: { createdById: theirs.user.id }, ownCopy: {} })],
    ["an evaluation decided by another organisation's user", () => ({ table: "Evaluation", source: own.evaluation.id, foreign: { decidedById: theirs.user.id }, ownCopy: { decidedById: own.user.id } })],
    ["an evaluation reviewed by another organisation's user", () => ({ table: "Evaluation", source: own.evaluation.id, foreign: { reviewedById: theirs.user.id }, ownCopy: { reviewedById: own.user.id } })],
    ["an API token of another organisation's user", () => ({ table: "ApiToken", source: own.token.id, foreign: { userId: theirs.user.id, tokenHash: randomUUID() }, ownCopy: { tokenHash: randomUUID() } })],
    ["a matrix override created by another organisation's user", () => ({ table: "MatrixOverride", source: own.override.id, foreign: { createdById: theirs.user.id, function: "PAYMENT_POSTING" }, ownCopy: { function: "PATIENT_SCHEDULING" } })],
  ];

  it.each(cases)("is refused: %s (the same row with its own organisation's ids is accepted)", async (_name, build) => {
    const { table, source, foreign, ownCopy } = build();
    const before = await testDb.db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table}"`);
    await expect(insertCopy(table, source, foreign)).rejects.toThrow(FOREIGN_KEY);
    const after = await testDb.db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table}"`);
    expect(after[0].count).toBe(before[0].count);
    await expect(insertCopy(table, source, ownCopy)).resolves.toBe(1);
  });

  it("is refused when an update moves a reference across: a bid's vendor, an observation's vendor", async () => {
    await expect(testDb.db.$executeRawUnsafe(`UPDATE "Bid" SET "vendorId" = $1 WHERE "id" = $2`, theirs.vendor.id, own.bid.id)).rejects.toThrow(FOREIGN_KEY);
    await expect(testDb.db.bid.update({ where: { id: own.bid.id }, data: { vendorId: theirs.vendor.id } })).rejects.toThrow();
    await expect(testDb.db.metricObservation.updateMany({ where: { id: own.observation.id }, data: { vendorId: theirs.vendor.id } })).rejects.toThrow();
    expect((await testDb.db.bid.findUniqueOrThrow({ where: { id: own.bid.id } })).vendorId).toBe(own.vendor.id);
  });

  it("a decision must name a bid of that very evaluation, not another evaluation's, even in the same organisation", async () => {
    const sibling = await createEvaluation(testDb.db, { organizationId: own.organizationId, status: "OPEN", functions: [{ function: "MEDICAL_CODING" }] });
    const siblingBid = await createBid(testDb.db, { organizationId: own.organizationId, evaluationId: sibling.id, vendorId: own.vendor.id, lines: [{ evaluationFunctionId: sibling.functions[0].id }] });
    const decide = (bidId: string) => testDb.db.$executeRawUnsafe(`UPDATE "Evaluation" SET "decidedBidId" = $1, "status" = 'DECISION_RECORDED' WHERE "id" = $2`, bidId, own.evaluation.id);
    await expect(decide(theirs.bid.id)).rejects.toThrow(FOREIGN_KEY);
    await expect(decide(siblingBid.id)).rejects.toThrow(FOREIGN_KEY);
    await expect(decide(own.bid.id)).resolves.toBe(1);
  });
});

describe("every reference between rows", () => {
  // Columns named *Id that are deliberately not foreign keys, and why.
  const NOT_REFERENCES: Record<string, string> = {
    "AuditEvent.entityId": "names any kind of record, which may since have been deleted: its history stays",
    "AuditEvent.requestId": "the X-Request-Id of the request, not a row",
    "SecurityEvent.userId": "the security log outlives a deleted user and may name none",
    "SecurityEvent.organizationId": "a failed sign-in for an unknown e-mail belongs to no organisation",
  };

  it("is a foreign key, except the few columns that name no row", async () => {
    const idColumns = await testDb.db.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.column_name ~ '[a-z]Id$' AND c.table_name <> '_prisma_migrations'`,
    );
    const inForeignKeys = await testDb.db.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
      `SELECT cl.relname AS table_name, a.attname AS column_name
         FROM pg_constraint con
         JOIN pg_class cl ON cl.oid = con.conrelid
         JOIN pg_namespace ns ON ns.oid = cl.relnamespace AND ns.nspname = current_schema()
         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
        WHERE con.contype = 'f'`,
    );
    const covered = new Set(inForeignKeys.map((row) => `${row.table_name}.${row.column_name}`));
    const uncovered = idColumns.map((row) => `${row.table_name}.${row.column_name}`).filter((column) => !covered.has(column) && !(column in NOT_REFERENCES));
    expect(uncovered, "columns that look like references but have no foreign key").toEqual([]);
    expect(idColumns.length).toBeGreaterThan(20);
  });
});
