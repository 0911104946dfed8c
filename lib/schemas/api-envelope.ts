import { z } from "zod";

/** Every /api/v1 error answer: { error: { code, message, fields?, currentVersion?, requestId? } }. */
export const ApiErrorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().describe("Stable machine-readable code, e.g. validation_failed, not_found, version_conflict"),
      message: z.string().describe("A sentence for people"),
      fields: z.record(z.string(), z.string()).optional().describe("Field path → what is wrong with it"),
      currentVersion: z.number().int().optional().describe("On 409 version_conflict: the record's version now"),
      requestId: z.string().optional().describe("On 500: the id to quote when reporting it"),
    }),
  });
export type ApiErrorResponse = z.infer<typeof ApiErrorResponseSchema>;

/** The answer of every list: one page of rows and the cursor of the next (null on the last page). */
export function listResponseOf<T extends z.ZodType>(row: T) {
  return z.object({
    data: z.array(row),
    nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page"),
  });
}

/** ?limit= and ?cursor= of every keyset-paginated list. */
export const PageQuerySchema = z.object({
  limit: z.coerce
    .number({ error: "Expected a whole number" })
    .int("Expected a whole number")
    .min(1, "Must be at least 1")
    .max(200, "Must be at most 200")
    .default(100)
    .describe("Rows per page, 1–200"),
  cursor: z.string().max(500, "Not a cursor this API gave out").optional().describe("The nextCursor of the previous page"),
});
