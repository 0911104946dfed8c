// `npm test`: type check, lint, Vitest (unit + integration), production build, Playwright.
// Integration and e2e tests use the embedded database, or the PostgreSQL server named by
// TEST_DATABASE_URL. Stops at the first failing step with its exit code.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
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
  const name = "bpo_e2e";
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

const bin = (name) => path.join(root, "node_modules", ".bin", name);
console.info(`Testing against ${target}.`);
run("Type check", bin("tsc"), ["--noEmit", "-p", "."]);
run("Lint", bin("eslint"), [".", "--max-warnings", "0"]);
run("Unit tests", bin("vitest"), ["run", "--project", "unit"]);
run("Integration tests", bin("vitest"), ["run", "--project", "integration"]);
run("Production build", "npm", ["run", "build"]);
const e2eEnv = serverUrl ? { E2E_DATABASE_URL: await freshE2eDatabase(serverUrl) } : {};
run("End-to-end tests (Chromium)", bin("playwright"), ["test"], e2eEnv);
console.info(`\nAll tests passed against ${target}.`);
