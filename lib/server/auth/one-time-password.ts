import "server-only";
import { randomInt } from "node:crypto";

// No 0/O or 1/l/I: the admin reads it out or copies it by hand.
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** A one-time password an admin hands to a new user: 16 random characters in groups of four (80 bits). */
export function newOneTimePassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}
