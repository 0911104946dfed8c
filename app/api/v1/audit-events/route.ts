import { NextResponse } from "next/server";
import { validationError } from "@/lib/server/api/api-error";
import { apiRoute } from "@/lib/server/api/api-route";
import { getDb } from "@/lib/server/db/client";
import { readAuditTrailPage, type AuditTrailEvent } from "@/lib/server/queries/audit-trail";
import { AuditEventsApiQuerySchema } from "@/lib/schemas/audit-trail-query";
import type { AuditEventResponse } from "@/lib/schemas/audit-event-response";

function auditEventJson(event: AuditTrailEvent): AuditEventResponse {
  return {
    id: event.id,
    at: event.createdAt.toISOString(),
    action: event.action,
    recordType: event.entityType,
    recordId: event.entityId,
    before: event.before,
    after: event.after,
    actor: { id: event.actorId, email: event.actorEmail, name: event.actor?.name ?? null },
    token: event.actorToken ? { name: event.actorToken.name, prefix: event.actorToken.prefix } : null,
    requestId: event.requestId,
  };
}

/** GET /api/v1/audit-events?actor=&recordType=&recordId=&from=&to=&limit=&cursor= — the organisation's trail, newest first (Admin, Executive). */
export const GET = apiRoute({ permission: "read:audit" }, async ({ request, auth }) => {
  const values = Object.fromEntries([...new Set(request.nextUrl.searchParams.keys())].map((key) => [key, request.nextUrl.searchParams.get(key) || undefined]));
  const parsed = AuditEventsApiQuerySchema.safeParse(values);
  if (!parsed.success) throw validationError(parsed.error, "A query parameter is invalid.");
  const { actor, recordType, recordId, from, to, limit, cursor } = parsed.data;
  const page = await readAuditTrailPage(await getDb(), auth.organizationId, { person: actor, type: recordType, record: recordId, from, to, before: cursor, after: undefined }, limit);
  return NextResponse.json({ data: page.events.map(auditEventJson), nextCursor: page.older ?? null });
});
