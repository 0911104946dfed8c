import { apiRoute } from "@/lib/server/api/api-route";
import { getDb, type Db } from "@/lib/server/db/client";
import { csvResponse, fileDate } from "@/lib/server/exports/csv-response";
import { auditRecordNames, auditTrailBatches } from "@/lib/server/queries/audit-trail";
import { AUDIT_CSV_COLUMNS, auditCsvRecord } from "@/lib/csv/audit-csv";
import { parseAuditTrailQuery, type AuditTrailQuery } from "@/lib/schemas/audit-trail-query";

/** GET /audit/export?<the trail's filters> — every matching event, newest first, as CSV (Admin and Executive). */
export const GET = apiRoute({ permission: "read:audit" }, async ({ request, auth }) => {
  const query = parseAuditTrailQuery(Object.fromEntries(request.nextUrl.searchParams));
  const db = await getDb();
  return csvResponse(`audit-trail-${fileDate()}.csv`, AUDIT_CSV_COLUMNS, csvBatches(db, auth.organizationId, query));
});

async function* csvBatches(db: Db, organizationId: string, query: AuditTrailQuery) {
  for await (const events of auditTrailBatches(db, organizationId, query)) {
    const names = await auditRecordNames(db, organizationId, events);
    yield events.map((event) => auditCsvRecord(event, names.get(event.entityId)));
  }
}
