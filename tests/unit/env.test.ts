import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/server/env";

describe("parseEnv", () => {
  it("fills in the defaults: embedded database in ./data, demo seed on, port 3000", () => {
    expect(parseEnv({})).toEqual({ DATA_DIR: "./data", SEED_DEMO: "1", PORT: 3000, NODE_ENV: "development", LOG_LEVEL: "info", TRUSTED_PROXIES: null, APP_ORIGIN: null, SESSION_IDLE_HOURS: 12, SESSION_MAX_DAYS: 7 });
  });

  it("accepts postgres:// and postgresql:// URLs and treats an empty value as unset", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db" }).DATABASE_URL).toBe("postgres://u@h/db");
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h/db?schema=s" }).DATABASE_URL).toBe("postgresql://u@h/db?schema=s");
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every bad variable in its error", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", PORT: "eighty", SEED_DEMO: "yes" })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL[\s\S]*SEED_DEMO[\s\S]*PORT/,
    );
  });
});
