import { z } from "zod";
import { PageQuerySchema } from "@/lib/schemas/api-envelope";
import { singleLine } from "@/lib/schemas/text";

/** The list's status filter: "decided" is DECISION_RECORDED (issue 7 point 1's words). */
export const EVALUATION_STATUS_FILTERS = ["draft", "open", "decided", "approved"] as const;
export type EvaluationStatusFilter = (typeof EVALUATION_STATUS_FILTERS)[number];

export const STATUS_OF_FILTER = { draft: "DRAFT", open: "OPEN", decided: "DECISION_RECORDED", approved: "APPROVED" } as const;

const strict = {
  q: singleLine(z.string().trim().max(100, "Search for at most 100 characters.")).optional(),
  status: z.enum(EVALUATION_STATUS_FILTERS, { error: `Expected one of ${EVALUATION_STATUS_FILTERS.join(", ")}` }).optional(),
  sort: z.enum(["updated", "name"], { error: "Expected updated or name" }).default("updated"),
  dir: z.enum(["asc", "desc"], { error: "Expected asc or desc" }).optional(),
  page: z.coerce.number({ error: "Expected a page number" }).int("Expected a whole number").min(1, "Must be at least 1").max(10_000, "Must be at most 10000").default(1),
};

/** The evaluation list's URL state (?q=&status=&sort=&dir=&page=); bad values fall back to defaults. */
export const EvaluationListQuerySchema = z.object({
  q: strict.q.catch(undefined),
  status: strict.status.catch(undefined),
  sort: strict.sort.catch("updated"),
  dir: strict.dir.catch(undefined),
  page: strict.page.catch(1),
});
export type EvaluationListQuery = z.infer<typeof EvaluationListQuerySchema>;

/** GET /api/v1/evaluations reads the same filters strictly (a bad one is a 400 that names it), in keyset pages (?limit=&cursor=). */
export const EvaluationListApiQuerySchema = z.object({ q: strict.q, status: strict.status, sort: strict.sort, dir: strict.dir, ...PageQuerySchema.shape });
export type EvaluationListApiQuery = z.infer<typeof EvaluationListApiQuerySchema>;

/** Next's searchParams as plain strings (the first of repeated values; empty = not set). */
export function firstSearchValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, (Array.isArray(value) ? value[0] : value) || undefined]));
}
