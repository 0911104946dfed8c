/**
 * The digest of a page or action error caused by an unreachable database starts with this,
 * so the error notice can say "temporarily unavailable" instead of "something went wrong".
 * Shared by the server (which sets it) and the client notice (which reads it).
 */
export const DATABASE_UNAVAILABLE_DIGEST_PREFIX = "database-unavailable";

export function isDatabaseUnavailableDigest(digest: string | undefined): boolean {
  return digest?.startsWith(DATABASE_UNAVAILABLE_DIGEST_PREFIX) ?? false;
}
