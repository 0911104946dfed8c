// @ts-check
/**
 * Mutation testing of the pure core (docs/testing.md): `npm run test:mutation` re-tests only what
 * changed since the recorded run (reports/mutation/stryker-incremental.json, committed);
 * `npm run test:mutation -- --force` re-tests every mutant.
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.mts" },
  plugins: ["@stryker-mutator/vitest-runner", "./scripts/mutation/display-text-ignorer.mjs"],
  ignorers: ["DisplayText"],
  mutate: [
    "lib/scoring/**/*.ts",
    "lib/tco/**/*.ts",
    "!lib/**/*.test.ts",
    // Test inputs shared with the demo seed, not engine code: mutating them measures nothing.
    "!lib/tco/article-fixtures.ts",
  ],
  coverageAnalysis: "perTest",
  // Two cores shared by several engineers and CI.
  concurrency: 1,
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 95, low: 90, break: 90 },
  // Copy only what the unit tests of lib/ need into the sandbox.
  ignorePatterns: ["/*", "!/lib", "/lib/generated", "/lib/server", "!/tests", "!/package.json", "!/tsconfig.json", "!/vitest.mutation.config.mts"],
  tempDirName: ".stryker-tmp",
};

export default config;
