import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A new random token (256 bits, base64url) and the SHA-256 hex the database keeps instead. */
export function newSecretToken(prefix: string): { token: string; tokenHash: string } {
  const token = `${prefix}_${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
