import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/**
 * The unit tests of the pure core, alone, for StrykerJS (stryker.config.mjs). The main config's
 * projects would also start the integration tests, which need a database and kill no mutant here.
 * Tests compute inside `it` (or beforeEach), never in a describe body: Stryker attributes code run
 * outside a test to no test, and then re-runs every test for each of its mutants ("static").
 */
const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    include: ["lib/scoring/**/*.test.ts", "lib/tco/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/setup/fast-check-no-shrink.ts"],
    // Instrumented code runs several times slower; the property tests need the room.
    testTimeout: 60_000,
  },
});
