// Embedded database durability: `npm start` is killed with SIGKILL (no shutdown, no flush)
// right after it acknowledged writes, started again on the same data folder, and every
// acknowledged write is there, the database opens cleanly and takes new writes.
// Its own server on E2E_PORT + 1 with its own DATA_DIR; the shared e2e server is untouched.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";

const port = Number(process.env.E2E_PORT ?? 3210) + 1;
const origin = `http://127.0.0.1:${port}`;

function startApp(dataDir: string): ChildProcess {
  // Its own process group: SIGKILL to the group takes npm, scripts/start.mjs and the server.
  return spawn("npm", ["start"], {
    cwd: process.cwd(),
    detached: true,
    stdio: "ignore",
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, DATABASE_URL: "", SEED_DEMO: "1", LOG_LEVEL: "error" },
  });
}

async function waitUntilServing(app: ChildProcess): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`npm start exited with ${app.exitCode}`);
    const response = await fetch(`${origin}/sign-in`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("npm start did not serve within 150 s");
}

async function killHard(app: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => app.once("exit", resolve));
  process.kill(-app.pid!, "SIGKILL");
  await exited;
  // The server is a grandchild: wait until the port is free too.
  while (await fetch(`${origin}/sign-in`).then(() => true, () => false)) await new Promise((resolve) => setTimeout(resolve, 200));
}

async function signIn(): Promise<string> {
  const response = await fetch(`${origin}/api/v1/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "analyst@medcentral.example", password: "medcentral-demo" }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

function createVendor(token: string, name: string): Promise<Response> {
  return fetch(`${origin}/api/v1/vendors`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ name, operatingModel: "SPECIALIZED", aiUse: "NONE", functionsServed: ["MEDICAL_CODING"] }),
  });
}

test("a write acknowledged just before npm start is killed with SIGKILL is there after a restart on the same data folder", async () => {
  test.setTimeout(420_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bpo-durability-"));
  let app = startApp(dataDir);
  try {
    await waitUntilServing(app);
    let token = await signIn();
    const acknowledged: { id: string; name: string }[] = [];
    for (let i = 1; i <= 3; i++) {
      const name = `Durable Vendor ${i}`;
      const response = await createVendor(token, name);
      expect(response.status).toBe(201);
      acknowledged.push({ id: ((await response.json()) as { id: string }).id, name });
    }
    // The moment the last write is acknowledged, with more still arriving: no graceful stop.
    void createVendor(token, "In flight when killed").catch(() => undefined);
    await killHard(app);

    app = startApp(dataDir);
    await waitUntilServing(app);
    token = await signIn();
    for (const { id, name } of acknowledged) {
      const response = await fetch(`${origin}/api/v1/vendors/${id}`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status, `${name} after the restart`).toBe(200);
      expect(((await response.json()) as { name: string }).name).toBe(name);
    }
    // The demo data was not seeded twice and the database takes new writes.
    const list = await fetch(`${origin}/api/v1/vendors?q=Durable`, { headers: { authorization: `Bearer ${token}` } });
    const { data } = (await list.json()) as { data: { name: string }[] };
    expect(data.map((vendor) => vendor.name).sort()).toEqual(acknowledged.map((vendor) => vendor.name));
    expect((await createVendor(token, "After the restart")).status).toBe(201);
  } finally {
    if (app.exitCode === null) await killHard(app).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
