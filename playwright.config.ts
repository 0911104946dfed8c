import { defineConfig, devices } from "@playwright/test";
import os from "node:os";
import path from "node:path";

// The e2e server gets its own database: scripts/test.mjs passes a fresh PostgreSQL database
// (E2E_DATABASE_URL) or a fresh embedded data folder; run alone, a new temp folder per run.
// Set in the main process before workers start, so they inherit the same value.
process.env.E2E_RUN_ID ??= String(Date.now());
const port = Number(process.env.E2E_PORT ?? 3210);
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `bpo-e2e-${process.env.E2E_RUN_ID}`);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    // The production server of `npm start` (request ids, client addresses, JSON logs).
    command: "node .server/server.mjs",
    url: `http://127.0.0.1:${port}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_DEMO: "1",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : { DATA_DIR: dataDir, DATABASE_URL: "" }),
    },
  },
});
