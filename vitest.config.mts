import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root, "server-only": fileURLToPath(new URL("./tests/setup/server-only-stub.ts", import.meta.url)) } },
  test: {
    // The app's JSON log lines would bury the test report; tests that care spy on the logger.
    env: { LOG_LEVEL: "silent" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // Outages of a PostgreSQL server: only with one (the embedded database cannot go away alone).
          exclude: process.env.TEST_DATABASE_URL ? [] : ["tests/integration/postgres-server/**"],
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: more forks only fight over them.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          // Production servers on a PostgreSQL server: needs `npm run build` and TEST_DATABASE_URL
          // (scripts/test.mjs runs it after the build on its PostgreSQL pass).
          name: "instances",
          include: ["tests/instances/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          maxWorkers: 1,
        },
      },
    ],
  },
});
