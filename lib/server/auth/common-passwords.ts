import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

// The ~49,000 most common passwords from breach corpora, as maintained by the zxcvbn-ts project
// (@zxcvbn-ts/language-common, "passwords-common"). Shipped with the app: nothing is looked up online.
let common: Set<string> | null = null;

/** True when a password (case-insensitively) is on the common-password list. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}
