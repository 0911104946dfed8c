import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Production code never imports tests: the demo seed and its row builders live in prisma/demo,
// and tests import them from there.
const testImports = { group: ["@/tests/*", "@/tests/**", "**/tests/**"], message: "Production code must not import tests/ (row builders live in prisma/demo/builders)." };

const impureImports = {
  patterns: [
    testImports,
    { group: ["react", "react-*", "next", "next/*"], message: "The pure core must not import React or Next." },
    { group: ["@prisma/*", "**/generated/**", "@/lib/server/*", "@/lib/server/**"], message: "The pure core must not touch the database or the server." },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**", "components/**", "lib/**", "prisma/**", "scripts/**", "instrumentation.ts", "proxy.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [testImports] }] },
  },
  {
    files: ["lib/scoring/**", "lib/tco/**", "lib/evaluation/**"],
    rules: { "no-restricted-imports": ["error", impureImports] },
  },
  {
    // Tests of the pure core may use its test helpers (tests/pure-core); nothing impure still.
    files: ["lib/scoring/**/*.test.ts", "lib/tco/**/*.test.ts", "lib/evaluation/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: impureImports.patterns.filter((p) => p !== testImports) }] },
  },
  {
    // E2E tests take `test` from tests/e2e/fixtures.ts, which fails a test on any
    // Content-Security-Policy violation in the browser.
    files: ["tests/e2e/**"],
    ignores: ["tests/e2e/fixtures.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import test from ./fixtures: it fails on CSP violations." }] },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", "data/**", ".worker/**", ".server/**", "coverage/**", "test-results/**", "playwright-report/**", "next-env.d.ts", ".stryker-tmp/**", "reports/**"]),
]);
