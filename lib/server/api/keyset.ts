import "server-only";
import { ApiError } from "@/lib/server/api/api-error";

// Keyset pagination over a sort of several columns ending in the unique id: the cursor carries
// the last row's sort values, so the next page starts right after it with a WHERE that an
// index serves (no OFFSET: as fast on page 5,000 as on page 1), and a row inserted or deleted
// meanwhile never makes a page repeat or skip another row.

export type SortValue = string | number | Date | null;

export interface SortKey<Row> {
  /** The Prisma field. */
  field: string;
  dir: "asc" | "desc";
  /** The row's value of the field. */
  valueOf: (row: Row) => SortValue;
  /** Nullable columns sort their nulls last, in either direction. */
  nullable?: boolean;
  /** Dates travel in the cursor as ISO strings. */
  date?: boolean;
  /** A PostgreSQL enum sorts in declaration order, and Prisma has no gt/lt on enums: the values in that order. */
  enumOrder?: readonly string[];
}

/** The cursor of the row a page ended on: the sort's name and the row's sort values, base64url JSON. */
export function encodeCursor<Row>(sort: string, keys: SortKey<Row>[], row: Row): string {
  const values = keys.map((key) => {
    const value = key.valueOf(row);
    return value instanceof Date ? value.toISOString() : value;
  });
  return Buffer.from(JSON.stringify([sort, ...values])).toString("base64url");
}

/** The sort values in a cursor this API gave out for the same sort; 400 for anything else. */
export function decodeCursor<Row>(cursor: string, sort: string, keys: SortKey<Row>[]): SortValue[] {
  const invalid = () => new ApiError(400, "validation_failed", "A query parameter is invalid.", { cursor: "Not a cursor this list gave out for this sort." });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== keys.length + 1 || parsed[0] !== sort) throw invalid();
  return keys.map((key, index) => {
    const value: unknown = parsed[index + 1];
    if (value === null && key.nullable) return null;
    if (key.date) {
      if (typeof value !== "string" || Number.isNaN(Date.parse(value))) throw invalid();
      return new Date(value);
    }
    if (typeof value !== "string" && typeof value !== "number") throw invalid();
    if (key.enumOrder && !key.enumOrder.includes(String(value))) throw invalid();
    return value;
  });
}

type Where = Record<string, unknown>;
const NOTHING: Where = { id: { in: [] } };

function equalTo(field: string, value: SortValue): Where {
  return { [field]: value === null ? null : { equals: value } };
}

/** Rows strictly after `value` on one key: further in its direction, and for a nullable key, the nulls at the end. */
function after(key: { field: string; dir: "asc" | "desc"; nullable?: boolean; enumOrder?: readonly string[] }, value: SortValue): Where {
  if (value === null) return NOTHING;
  const position = key.enumOrder?.indexOf(String(value)) ?? -1;
  const later = key.enumOrder ? (key.dir === "asc" ? key.enumOrder.slice(position + 1) : key.enumOrder.slice(0, Math.max(position, 0))) : [];
  const beyond = key.enumOrder ? { [key.field]: { in: later } } : { [key.field]: { [key.dir === "asc" ? "gt" : "lt"]: value } };
  return key.nullable ? { OR: [beyond, { [key.field]: null }] } : beyond;
}

/** The WHERE of the rows after the cursor's position in the sort (k1, k2, …, id). */
export function keysetWhere<Row>(keys: SortKey<Row>[], values: SortValue[]): Where {
  return {
    OR: keys.map((key, index) => ({
      AND: [...keys.slice(0, index).map((earlier, j) => equalTo(earlier.field, values[j])), after(key, values[index])],
    })),
  };
}

/** Prisma's orderBy for the keys (nulls last where a key is nullable). */
export function keysetOrderBy<Row>(keys: SortKey<Row>[]): Record<string, unknown>[] {
  return keys.map((key) => ({ [key.field]: key.nullable ? { sort: key.dir, nulls: "last" } : key.dir }));
}

/** `{ data, nextCursor }` from a page fetched with `take: limit + 1`. */
export function keysetPage<Row, Json>(rows: Row[], limit: number, sort: string, keys: SortKey<Row>[], toJson: (row: Row) => Json) {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { data: page.map(toJson), nextCursor: more ? encodeCursor(sort, keys, page[page.length - 1]) : null };
}
