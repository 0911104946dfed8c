import { z } from "zod";
import { PageQuerySchema } from "@/lib/schemas/api-envelope";
import { isoDate } from "@/lib/schemas/iso-date";

/** A position in the trail, newest first: the event's time and id ("2026-11-29T10:00:00.000Z~ck…"). */
const CURSOR = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z~[A-Za-z0-9_-]{1,100}$/;

const id = z.string().trim().regex(/^[A-Za-z0-9_-]{1,100}$/, "Expected a record id");

// Each parameter strictly; the page falls back to "not set" for a bad one, as the vendor list does.
const strict = {
  /** The user who made the changes. */
  person: id.optional(),
  /** A record type, e.g. Vendor. */
  type: z.string().regex(/^[A-Za-z]{1,60}$/, "Expected a record type such as Vendor").optional(),
  /** One record: its own events and those of the rows that belong to it (a vendor's observations, an evaluation's bids). */
  record: id.optional(),
  from: isoDate("start date").optional(),
  to: isoDate("end date").optional(),
  /** Older than this position (the next page). */
  before: z.string().regex(CURSOR, "Expected a position from a previous page").optional(),
  /** Newer than this position (the previous page). */
  after: z.string().regex(CURSOR, "Expected a position from a previous page").optional(),
};

/** The audit trail's URL state (?person=&type=&record=&from=&to=&before=|after=); bad values are ignored. */
export const AuditTrailQuerySchema = z
  .object({
    person: strict.person.catch(undefined),
    type: strict.type.catch(undefined),
    record: strict.record.catch(undefined),
    from: strict.from.catch(undefined),
    to: strict.to.catch(undefined),
    before: strict.before.catch(undefined),
    after: strict.after.catch(undefined),
  })
  // A range given backwards is read the right way round.
  .transform((query) => (query.from && query.to && query.from > query.to ? { ...query, from: query.to, to: query.from } : query));
export type AuditTrailQuery = z.infer<typeof AuditTrailQuerySchema>;

/** GET /api/v1/audit-events: the same filters under the API's names, strictly (a bad one is a 400 that names it), newest first in keyset pages. */
export const AuditEventsApiQuerySchema = z.object({
  actor: strict.person.describe("The id of the user who made the changes"),
  recordType: strict.type.describe("A record type, e.g. Vendor, Evaluation, Bid"),
  recordId: strict.record.describe("One record: its own events and those of the rows that belong to it"),
  from: strict.from.describe("First day, YYYY-MM-DD"),
  to: strict.to.describe("Last day, YYYY-MM-DD"),
  limit: PageQuerySchema.shape.limit,
  cursor: strict.before.describe("The nextCursor of the previous page"),
});
export type AuditEventsApiQuery = z.infer<typeof AuditEventsApiQuerySchema>;

export interface AuditCursor {
  createdAt: Date;
  id: string;
}

export function encodeAuditCursor(cursor: AuditCursor): string {
  return `${cursor.createdAt.toISOString()}~${cursor.id}`;
}

export function decodeAuditCursor(text: string): AuditCursor {
  const [at, id] = text.split("~");
  return { createdAt: new Date(at), id };
}

/** Next's searchParams into the query (a value may be a list; an empty one means "not set"). */
export function parseAuditTrailQuery(params: Record<string, string | string[] | undefined>): AuditTrailQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return AuditTrailQuerySchema.parse({
    person: first(params.person),
    type: first(params.type),
    record: first(params.record),
    from: first(params.from),
    to: first(params.to),
    before: first(params.before),
    after: first(params.after),
  });
}
