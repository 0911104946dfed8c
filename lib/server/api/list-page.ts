import "server-only";
import { ApiError } from "@/lib/server/api/api-error";
import { PageQuerySchema } from "@/lib/schemas/api-envelope";

/** ?limit= (≤ 200) and ?cursor= of a keyset-paginated list; 400 naming a bad one. */
export function pageQuery(params: URLSearchParams) {
  const parsed = PageQuerySchema.safeParse({ limit: params.get("limit") ?? undefined, cursor: params.get("cursor") || undefined });
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    throw new ApiError(400, "validation_failed", "A query parameter is invalid.", fields);
  }
  return parsed.data;
}

/** Prisma's keyset arguments for a page after `cursor` (an id), one extra row to learn whether more follow. */
export function keysetArgs({ limit, cursor }: { limit: number; cursor?: string }) {
  return { take: limit + 1, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) };
}

/** `{ data, nextCursor }` from a page fetched with keysetArgs. */
export function pageOf<Row extends { id: string }, Json>(rows: Row[], limit: number, toJson: (row: Row) => Json) {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { data: page.map(toJson), nextCursor: more ? page[page.length - 1].id : null };
}
