// Two production servers on one PostgreSQL database, as a load balancer runs them
// (docs/scaling.md): whatever must hold for every request — sessions, optimistic concurrency,
// the sign-in throttle, migrations — lives in the database, not in one process's memory.
// Needs a production build and a PostgreSQL server; scripts/test.mjs runs it after the build
// on its PostgreSQL pass (`vitest run --project instances`).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrationFiles } from "@/lib/server/db/migration-files";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo/demo-users";
import { signInWithForm } from "@/tests/setup/form-sign-in";

const root = path.resolve(import.meta.dirname, "../..");
// Beside the e2e server's port (E2E_PORT), so parallel checkouts on one machine do not collide.
const firstPort = Number(process.env.E2E_PORT ?? 3210) + 1;

interface Instance {
  name: string;
  origin: string;
  process: ChildProcess;
  output: string[];
}

let databaseUrl: string;
let instances: [Instance, Instance];

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("Two instances need a PostgreSQL server: set TEST_DATABASE_URL (npm test runs this on its PostgreSQL pass).");
  return url;
}

async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Starts `node .server/server.mjs` (what `npm start` runs) on `port`. */
function startInstance(name: string, port: number): Instance {
  const child = spawn(process.execPath, [path.join(root, ".server", "server.mjs")], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      // The default: each instance seeds the demo data into an empty database, so both race to.
      SEED_DEMO: "1",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean)));
  child.stderr?.on("data", (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean)));
  return { name, origin: `http://127.0.0.1:${port}`, process: child, output };
}

async function waitUntilServing(instance: Instance, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.process.exitCode !== null) {
      throw new Error(`Instance ${instance.name} exited with ${instance.process.exitCode}:\n${instance.output.join("\n")}`);
    }
    try {
      const response = await fetch(`${instance.origin}/sign-in`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Instance ${instance.name} did not answer within ${timeoutMs / 1000} s:\n${instance.output.join("\n")}`);
}

async function stopInstance(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null || instance.process.signalCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once("exit", resolve));
  instance.process.kill("SIGTERM");
  await exited;
}

/** Log lines at error level or above (pino: 50 error, 60 fatal), and anything that is not a log line. */
function problems(instance: Instance): string[] {
  return instance.output.filter((line) => {
    try {
      return (JSON.parse(line) as { level?: number }).level! >= 50;
    } catch {
      return true;
    }
  });
}

async function apiToken(instance: Instance, email: string): Promise<string> {
  const response = await fetch(`${instance.origin}/api/v1/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(response.status, `sign-in for a token on ${instance.name}`).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

beforeAll(async () => {
  const admin = adminUrl();
  if (!existsSync(path.join(root, ".server", "server.mjs")) || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("Two instances need a production build: run `npm run build` first.");
  }
  const name = `bpo_instances_${firstPort}`;
  await withClient(admin, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const url = new URL(admin);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  // Both at once on the empty database: both migrate (and seed) at the same moment.
  instances = [startInstance("A", firstPort), startInstance("B", firstPort + 1)];
  await Promise.all(instances.map((instance) => waitUntilServing(instance)));
}, 240_000);

afterAll(async () => {
  if (instances) await Promise.all(instances.map(stopInstance));
  if (databaseUrl) await withClient(adminUrl(), (client) => client.query(`DROP DATABASE IF EXISTS ${new URL(databaseUrl).pathname.slice(1)} WITH (FORCE)`));
});

describe("two app instances on one PostgreSQL database", () => {
  it("start at the same moment, migrate and seed once, and log no error", async () => {
    const migrations = await readMigrationFiles(path.join(root, "prisma", "migrations"));
    const { applied, organizations } = await withClient(databaseUrl, async (client) => ({
      applied: (await client.query<{ migration_name: string }>("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name")).rows.map((row) => row.migration_name),
      organizations: (await client.query<{ slug: string }>('SELECT slug FROM "Organization" ORDER BY slug')).rows.map((row) => row.slug),
    }));
    expect(applied).toEqual(migrations.map((migration) => migration.name).sort());
    expect(organizations).toEqual(["lakeside", "medcentral"]);
    for (const instance of instances) {
      expect(instance.process.exitCode, `${instance.name} is running`).toBeNull();
      expect(problems(instance), `${instance.name}'s log`).toEqual([]);
    }
  });

  it("a session created on one instance works on the other", async () => {
    const [a, b] = instances;
    const analyst = DEMO_USERS.find((user) => user.organizationSlug === "medcentral" && user.role === "ANALYST")!;
    const cookie = await signInWithForm(a.origin, analyst.email, DEMO_PASSWORD);
    const onB = await fetch(`${b.origin}/`, { headers: { cookie }, redirect: "manual" });
    expect(onB.status).toBe(200);
    expect(await onB.text()).toContain(analyst.name);
    // Without the cookie B sends the visitor to sign in: the cookie is what carried the session.
    const anonymous = await fetch(`${b.origin}/`, { redirect: "manual" });
    expect(anonymous.status).toBeGreaterThanOrEqual(300);
    expect(anonymous.headers.get("location")).toMatch(/\/sign-in$/);
  });

  it("an edit made on one instance makes the same stale edit on the other a 409", async () => {
    const [a, b] = instances;
    const analyst = DEMO_USERS.find((user) => user.organizationSlug === "lakeside" && user.role === "ANALYST")!;
    const [tokenA, tokenB] = [await apiToken(a, analyst.email), await apiToken(b, analyst.email)];
    const list = (await (await fetch(`${b.origin}/api/v1/vendors`, { headers: { authorization: `Bearer ${tokenB}` } })).json()) as { data: { id: string; version: number }[] };
    const vendor = list.data[0];
    const patch = (instance: Instance, token: string, description: string) =>
      fetch(`${instance.origin}/api/v1/vendors/${vendor.id}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ description, version: vendor.version }),
      });
    const first = await patch(a, tokenA, "Edited on instance A.");
    expect(first.status).toBe(200);
    const second = await patch(b, tokenB, "Edited on instance B from the same version.");
    expect(second.status).toBe(409);
    const after = (await (await fetch(`${b.origin}/api/v1/vendors/${vendor.id}`, { headers: { authorization: `Bearer ${tokenB}` } })).json()) as { description: string; version: number };
    expect(after).toMatchObject({ description: "Edited on instance A.", version: vendor.version + 1 });
  });

  it("the sign-in throttle counts failed attempts made on both instances together", async () => {
    const [a, b] = instances;
    const target = DEMO_USERS.find((user) => user.organizationSlug === "lakeside" && user.role === "PROCUREMENT")!;
    const attempt = (instance: Instance, password: string) =>
      fetch(`${instance.origin}/api/v1/auth/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: target.email, password }),
      });
    // Five failures (the per-account limit), spread over both instances: each alone saw at most three.
    for (const instance of [a, b, a, b, a]) {
      expect((await attempt(instance, "wrong-password")).status, `failure on ${instance.name}`).toBe(401);
    }
    expect((await attempt(b, "wrong-password")).status).toBe(429);
    // Locked on both, even with the right password.
    expect((await attempt(a, DEMO_PASSWORD)).status).toBe(429);
    expect((await attempt(b, DEMO_PASSWORD)).status).toBe(429);
  });
});
