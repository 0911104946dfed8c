import "server-only";

/**
 * A Prisma `contains` filter that matches `text` literally. Prisma passes the value into
 * LIKE/ILIKE as it is, so `%` and `_` would act as wildcards and `\` as the escape
 * character; PostgreSQL's default escape character is the backslash.
 */
export function containsText(text: string) {
  return { contains: text.replace(/[\\%_]/g, (character) => `\\${character}`), mode: "insensitive" as const };
}
