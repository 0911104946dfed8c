import "server-only";
import pino, { type Logger } from "pino";
import { getEnv } from "@/lib/server/env";

// Never log secrets: these keys are censored wherever they appear in a logged object.
export const REDACTED_KEYS = ["password", "passwordHash", "token", "tokenHash", "authorization", "cookie", "set-cookie"];

const holder = globalThis as typeof globalThis & { __bpoLogger?: Logger };

/** The app's structured logger: one JSON object per line on stdout, at LOG_LEVEL. */
export function logger(): Logger {
  holder.__bpoLogger ??= pino({
    level: getEnv().LOG_LEVEL,
    base: { service: "bpo-evaluator" },
    redact: { paths: REDACTED_KEYS.flatMap((key) => [`["${key}"]`, `*["${key}"]`, `*.*["${key}"]`]), censor: "[redacted]" },
  });
  return holder.__bpoLogger;
}
