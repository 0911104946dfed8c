// A digest of every row of every table, to prove that something wrote nothing (or exactly
// what it should). Columns that reading itself moves are left out: a session's last-seen
// time and expiry slide, a token's last use is noted on every request.
import type { PrismaClient } from "@/lib/generated/prisma/client";

const MOVED_BY_READING: Record<string, string[]> = {
  Session: ["lastSeenAt", "expiresAt", "updatedAt"],
  ApiToken: ["lastUsedAt", "updatedAt"],
};

/** Tables no change is judged by: the migrator's own, and the security log (a failed sign-in is logged even when nothing else is written). */
const OUTSIDE: ReadonlySet<string> = new Set(["_prisma_migrations", "SecurityEvent"]);

export async function databaseFingerprint(db: PrismaClient): Promise<Record<string, string>> {
  const columns = await db.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table_name: table, column_name: column } of columns) {
    if (OUTSIDE.has(table) || MOVED_BY_READING[table]?.includes(column)) continue;
    byTable.set(table, [...(byTable.get(table) ?? []), column]);
  }
  const digest: Record<string, string> = {};
  for (const [table, names] of byTable) {
    const row = `ROW(${names.map((name) => `"${name}"`).join(", ")})::text`;
    const [{ hash }] = await db.$queryRawUnsafe<{ hash: string }[]>(`SELECT md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${row}), '')) AS hash FROM "${table}"`);
    digest[table] = hash;
  }
  return digest;
}
