import "server-only";
import { cache } from "react";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Db } from "@/lib/server/db/client";
import { decodeAuditCursor, encodeAuditCursor, type AuditTrailQuery } from "@/lib/schemas/audit-trail-query";

export const AUDIT_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

const eventSelect = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  requestId: true,
  actorId: true,
  actorEmail: true,
  actor: { select: { name: true } },
  actorToken: { select: { name: true, prefix: true } },
} satisfies Prisma.AuditEventSelect;

export type AuditTrailEvent = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

/** The filters as a where clause, always within the organisation. */
export function auditTrailWhere(organizationId: string, query: AuditTrailQuery): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [{ organizationId }];
  if (query.person) and.push({ actorId: query.person });
  if (query.type) and.push({ entityType: query.type });
  if (query.record) {
    // A record's history includes the rows that belong to it: a vendor's observations and
    // evidence, an evaluation's bids. Their events carry the owner's id in before or after.
    const owner = (key: string) => [{ before: { path: [key], equals: query.record } }, { after: { path: [key], equals: query.record } }];
    and.push({ OR: [{ entityId: query.record }, ...owner("vendorId"), ...owner("evaluationId")] });
  }
  if (query.from) and.push({ createdAt: { gte: query.from } });
  if (query.to) and.push({ createdAt: { lt: new Date(query.to.getTime() + DAY_MS) } });
  return { AND: and };
}

function positionWhere(text: string, direction: "before" | "after"): Prisma.AuditEventWhereInput {
  const { createdAt, id } = decodeAuditCursor(text);
  const op = direction === "before" ? "lt" : "gt";
  return { OR: [{ createdAt: { [op]: createdAt } }, { createdAt, id: { [op]: id } }] };
}

export interface AuditTrailPage {
  events: AuditTrailEvent[];
  /** Cursor of the next (older) page, when there is one. */
  older?: string;
  /** Cursor of the previous (newer) page, when there is one. */
  newer?: string;
}

/**
 * One page of the organisation's audit trail, newest first, by keyset (time, id): a page
 * stays stable however many events arrive meanwhile, and page 1,000 costs what page 1 does.
 */
export async function readAuditTrailPage(db: Db, organizationId: string, query: AuditTrailQuery, pageSize = AUDIT_PAGE_SIZE): Promise<AuditTrailPage> {
  const where = auditTrailWhere(organizationId, query);
  if (query.after) {
    const rows = await db.auditEvent.findMany({ where: { AND: [where, positionWhere(query.after, "after")] }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: pageSize + 1, select: eventSelect });
    const events = rows.slice(0, pageSize).reverse();
    return { events, newer: rows.length > pageSize ? cursorOf(events[0]) : undefined, older: events.length > 0 ? cursorOf(events[events.length - 1]) : query.after };
  }
  const rows = await db.auditEvent.findMany({
    where: query.before ? { AND: [where, positionWhere(query.before, "before")] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: eventSelect,
  });
  const events = rows.slice(0, pageSize);
  return {
    events,
    older: rows.length > pageSize ? cursorOf(events[events.length - 1]) : undefined,
    newer: query.before ? (events.length > 0 ? cursorOf(events[0]) : query.before) : undefined,
  };
}

function cursorOf(event: { createdAt: Date; id: string }): string {
  return encodeAuditCursor(event);
}

export const listAuditTrail = cache(async (organizationId: string, query: AuditTrailQuery) => readAuditTrailPage(await getDb(), organizationId, query));

/** What the filters offer: the organisation's people (deactivated ones too: their history stays) and the record types in its trail. */
export const auditTrailFilterOptions = cache(async (organizationId: string) => {
  const db = await getDb();
  const [people, types] = await Promise.all([
    db.user.findMany({ where: { organizationId }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true, deactivatedAt: true } }),
    db.auditEvent.groupBy({ by: ["entityType"], where: { organizationId }, orderBy: { entityType: "asc" } }),
  ]);
  return { people, types: types.map((row) => row.entityType) };
});

/** Every event the filters match, newest first, a thousand at a time (the CSV export). */
export async function* auditTrailBatches(db: Db, organizationId: string, query: AuditTrailQuery) {
  let position: string | undefined;
  for (;;) {
    const page = await readAuditTrailPage(db, organizationId, { ...query, before: position, after: undefined }, 1000);
    if (page.events.length > 0) yield page.events;
    if (!page.older) return;
    position = page.older;
  }
}

/**
 * Today's names of the records a page of events is about, for events that recorded none (a
 * sign-in names a user, the demo seed an organisation): id → name. Deleted records keep their id.
 */
export async function auditRecordNames(db: Db, organizationId: string, events: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(events.filter((event) => event.entityType === type).map((event) => event.entityId))];
  const [vendors, evaluations, users, organizations] = await Promise.all([
    db.vendor.findMany({ where: { organizationId, id: { in: idsOf("Vendor") } }, select: { id: true, name: true } }),
    db.evaluation.findMany({ where: { organizationId, id: { in: idsOf("Evaluation") } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { organizationId, id: { in: idsOf("User") } }, select: { id: true, name: true } }),
    db.organization.findMany({ where: { id: { in: idsOf("Organization").filter((id) => id === organizationId) } }, select: { id: true, name: true } }),
  ]);
  return new Map([...vendors, ...evaluations, ...users, ...organizations].map((row) => [row.id, row.name]));
}
