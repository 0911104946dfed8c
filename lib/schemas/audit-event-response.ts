import { z } from "zod";

/** An audit event as GET /api/v1/audit-events answers it: who changed which record, when, and the fields before and after. */
export const AuditEventResponseSchema = z.object({
  id: z.string(),
  at: z.iso.datetime({ offset: true }),
  action: z.string().describe("What was done, e.g. update-vendor"),
  recordType: z.string(),
  recordId: z.string(),
  before: z.unknown().describe("The record's fields before the change (null for a creation)"),
  after: z.unknown().describe("The record's fields after the change (null for a removal)"),
  actor: z.object({ id: z.string().nullable(), email: z.string().nullable(), name: z.string().nullable() }),
  token: z.object({ name: z.string(), prefix: z.string() }).nullable().describe("The API token the change came through, if any"),
  requestId: z.string().nullable(),
});
export type AuditEventResponse = z.infer<typeof AuditEventResponseSchema>;
