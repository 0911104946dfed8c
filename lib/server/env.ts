import "server-only";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/server/http/client-address";

// Parsed once, at first use (boot): a bad value stops the app with the variable's name
// instead of failing later somewhere far from the cause.
const EnvSchema = z.object({
  /** Unset: embedded PGlite in DATA_DIR. Set: that PostgreSQL server (`?schema=` honoured). */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  SEED_DEMO: z.enum(["0", "1"]).default("1"),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** The interface the server listens on; unset: all of them. */
  HOST: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** pino level of the JSON log lines on stdout. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * The app's public origin, e.g. https://bpo.example.org: the only Origin a cookie-signed
   * state-changing API request may come from, and over https the session cookie is Secure,
   * __Host- prefixed and HSTS is sent. Unset: the request's own host (development).
   */
  APP_ORIGIN: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const url = URL.canParse(value) ? new URL(value) : null;
      if (!url || !["http:", "https:"].includes(url.protocol) || url.pathname !== "/" || url.search || url.hash || url.username) {
        ctx.addIssue({ code: "custom", message: "must be an origin such as https://bpo.example.org (scheme, host and port only)" });
        return z.NEVER;
      }
      return url.origin;
    }),
  /** A session ends after this many hours without a request. */
  SESSION_IDLE_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  /** …and this many days after sign-in, however active. */
  SESSION_MAX_DAYS: z.coerce.number().positive().max(365).default(7),
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, comma-separated); unset: none. */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
});

export type Env = z.infer<typeof EnvSchema>;

/** Parses an environment; throws an Error naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty value in .env or a shell means "not set", not "invalid".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variable(s):\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
