// `npm test`: type check, lint, Vitest (unit + integration), production build, two app
// instances on one database (PostgreSQL server only), Playwright.
// `npm test -- --runtime`: only what another Node version can break — Vitest, the production
// build, and the production server answering requests (CI runs it under Node 24 LTS).
// Integration and e2e tests use the embedded database, or the PostgreSQL server named by
// TEST_DATABASE_URL. Stops at the first failing step with its exit code.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
if (!existsSync(chrome)) {
  console.error(`No Chromium at ${chrome}: install it with 'apt-get install -y chromium' or set CHROME_PATH.`);
  process.exit(1);
}

const serverUrl = process.env.TEST_DATABASE_URL;
const target = serverUrl ? `PostgreSQL server ${new URL(serverUrl).host}` : "embedded PostgreSQL (PGlite)";

function run(label, command, args, env = {}) {
  console.info(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.info(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** A fresh database for the e2e server on the PostgreSQL server, so every run starts from the demo seed. */
async function freshE2eDatabase(url) {
  // One database per e2e port, so two checkouts can run their suites on one server at once.
  const name = `bpo_e2e_${Number(process.env.E2E_PORT ?? 3210)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const e2eUrl = new URL(url);
  e2eUrl.pathname = `/${name}`;
  return e2eUrl.toString();
}

// Each runner also writes JSON, so the run ends with one "N passed, N failed" line.
const reports = mkdtempSync(path.join(os.tmpdir(), "bpo-test-reports-"));
const vitestArgs = (project) => ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, `${project}.json`)}`];
const counts = { passed: 0, failed: 0 };
function countVitest(project) {
  const report = JSON.parse(readFileSync(path.join(reports, `${project}.json`), "utf8"));
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
}

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const runtimeOnly = process.argv.includes("--runtime");
console.info(`Testing against ${target} on Node ${process.version}.`);
if (!runtimeOnly) {
  run("Type check", bin("tsc"), ["--noEmit", "-p", "."]);
  run("Lint", bin("eslint"), [".", "--max-warnings", "0"]);
}
run("Unit tests", bin("vitest"), vitestArgs("unit"));
countVitest("unit");
run("Integration tests", bin("vitest"), vitestArgs("integration"));
countVitest("integration");
run("Production build", "npm", ["run", "build"]);
if (runtimeOnly) {
  run(`Production server under Node ${process.version}`, process.execPath, [path.join(root, "scripts", "check-production-server.mjs")]);
  console.info(`\nUnit and integration tests, build and server passed on Node ${process.version}.`);
  console.info(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(0);
}
if (serverUrl) {
  // Two production servers on one database (docs/scaling.md): needs the build and a server.
  run("Two app instances on one PostgreSQL database", bin("vitest"), vitestArgs("instances"));
  countVitest("instances");
}
const e2eReport = path.join(reports, "e2e.json");
const e2eEnv = {
  ...(serverUrl ? { E2E_DATABASE_URL: await freshE2eDatabase(serverUrl) } : {}),
  PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport,
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
};
run("End-to-end tests (Chromium)", bin("playwright"), ["test", "--reporter=list,json"], e2eEnv);
const { stats } = JSON.parse(readFileSync(e2eReport, "utf8"));
counts.passed += stats.expected + stats.flaky;
counts.failed += stats.unexpected;
console.info(`\nAll tests passed against ${target}.`);
console.info(`${counts.passed} passed, ${counts.failed} failed`);
