// Starts the production server (`npm run build` first) with the Node that runs this script, on a
// fresh embedded database with the demo data, and checks that it answers: the sign-in page, a
// sign-in through the API (argon2, a native module) and a signed-in API read (the database).
// CI runs it under Node 24 LTS (.ci/run); exits non-zero with the server's output otherwise.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.CHECK_PORT ?? 3230);
const origin = `http://127.0.0.1:${port}`;
if (!existsSync(path.join(root, ".server", "server.mjs")) || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "bpo-check-"));
const output = [];
const server = spawn(process.execPath, [path.join(root, ".server", "server.mjs")], {
  cwd: root,
  env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, DATABASE_URL: "", SEED_DEMO: "1", LOG_LEVEL: "warn" },
  stdio: ["ignore", "pipe", "pipe"],
});
server.stdout.on("data", (chunk) => output.push(chunk.toString()));
server.stderr.on("data", (chunk) => output.push(chunk.toString()));

function fail(message) {
  console.error(`✖ Node ${process.version}: ${message}\n--- server output ---\n${output.join("")}`);
  server.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}

async function expectStatus(label, request, status) {
  const response = await request();
  if (response.status !== status) fail(`${label} answered ${response.status}, expected ${status}`);
  return response;
}

const started = Date.now();
let ready = false;
while (!ready && Date.now() - started < 300_000) {
  if (server.exitCode !== null) fail(`the server exited with ${server.exitCode}`);
  try {
    ready = (await fetch(`${origin}/sign-in`)).ok;
  } catch {
    // Not listening yet.
  }
  if (!ready) await new Promise((resolve) => setTimeout(resolve, 500));
}
if (!ready) fail("the server did not answer within 300 s");

const page = await (await expectStatus("GET /sign-in", () => fetch(`${origin}/sign-in`), 200)).text();
if (!page.includes("Sign in")) fail("GET /sign-in has no sign-in form");
await expectStatus("GET /api/v1/vendors without a token", () => fetch(`${origin}/api/v1/vendors`), 401);
const signIn = await expectStatus(
  "POST /api/v1/auth/token",
  () =>
    fetch(`${origin}/api/v1/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "analyst@medcentral.example", password: "medcentral-demo" }),
    }),
  200,
);
const { token } = await signIn.json();
const vendors = await (await expectStatus("GET /api/v1/vendors", () => fetch(`${origin}/api/v1/vendors`, { headers: { authorization: `Bearer ${token}` } }), 200)).json();
if (!Array.isArray(vendors.data) || vendors.data.length === 0) fail("GET /api/v1/vendors returned no vendors");

console.info(`✔ Node ${process.version}: the production server started in ${((Date.now() - started) / 1000).toFixed(1)} s and answered the sign-in page, an API sign-in and ${vendors.data.length} vendors.`);
server.kill("SIGTERM");
await new Promise((resolve) => server.once("exit", resolve));
rmSync(dataDir, { recursive: true, force: true });
