// Benchmarks the CSV import (issue 8 targets): 100,000 metric-observation rows, streamed
// from a request body through csv-parse, checked, and written in one transaction with one
// audit event per row, in ≤ 15 s with ≤ 400 MB peak memory (resident set, PGlite's WASM
// heap included). Also times the dry run (the preview) and a 100,000-row vendor file.
//   npm run bench:import                          # embedded PostgreSQL (PGlite), a temp folder
//   BENCH_DATABASE_URL=postgresql://… npm run bench:import   # a throwaway schema on a server
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The server modules start with `import "server-only"`, which throws unless the
// "react-server" export condition is active (as it is inside Next). Re-run with it.
if (!process.execArgv.some((arg) => arg.includes("react-server"))) {
  const run = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(run.status ?? 1);
}

const ROWS = 100_000;
const VENDORS = 100;
const METRICS = ["FIRST_PASS_RATE", "CODING_ACCURACY", "DENIAL_RATE", "REWORK_RATE", "OVERTURN_RATE", "STAFF_TURNOVER"];
const SOURCES = ["VENDOR_CLAIMED", "REFERENCE_CHECK", "CLIENT_MEASURED", "AUDITED"];

const { openEmbeddedDb, openServerDb, quoteIdentifier } = await import("@/lib/server/db/open-db");
const { readMigrationFiles } = await import("@/lib/server/db/migration-files");
const { csvRecords } = await import("@/lib/server/imports/csv-records");
const { importMetricObservations } = await import("@/lib/server/imports/import-observations");
const { importVendors } = await import("@/lib/server/imports/import-vendors");
const { createOrganization } = await import("@/prisma/demo/builders/organization");
const { createUser } = await import("@/prisma/demo/builders/user");
const { createVendor } = await import("@/prisma/demo/builders/vendor");

/** Every combination of vendor, metric, source and day is one row: no duplicates. */
function observationCsv(vendorNames: string[]): string {
  const lines = ["vendor,metric,value,as_of,source,method,notes"];
  const start = Date.UTC(2019, 0, 1);
  for (let i = 0; i < ROWS; i++) {
    const vendor = vendorNames[i % VENDORS];
    const metric = METRICS[Math.floor(i / VENDORS) % METRICS.length];
    const source = SOURCES[Math.floor(i / (VENDORS * METRICS.length)) % SOURCES.length];
    const day = new Date(start + Math.floor(i / (VENDORS * METRICS.length * SOURCES.length)) * 86_400_000).toISOString().slice(0, 10);
    const value = metric === "CODING_ACCURACY" || metric === "FIRST_PASS_RATE" ? `${(90 + (i % 90) / 10).toFixed(1)} %` : (0.05 + (i % 100) / 1000).toFixed(3);
    lines.push(`"${vendor}",${metric},${value},${day},${source},,${i % 10 === 0 ? "quarterly figures" : ""}`);
  }
  return `${lines.join("\r\n")}\r\n`;
}

function vendorCsv(): string {
  const lines = ["name,operating_model,ai_use,functions_served,fte,annual_turnover_rate,website,headquarters,description"];
  for (let i = 0; i < ROWS; i++) lines.push(`Bench Vendor ${i},SPECIALIZED,HUMAN_IN_THE_LOOP,MEDICAL_CODING;AR_FOLLOW_UP,${40 + (i % 500)},0.${20 + (i % 60)},https://v${i}.example,"Austin, Texas",Coding and A/R follow-up`);
  return `${lines.join("\r\n")}\r\n`;
}

/** The file as an upload arrives: 64 KiB chunks of a request body. */
function body(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + 65_536));
      offset += 65_536;
    },
  });
}

/** Runs `work`, sampling the resident set every 20 ms; seconds and the peak in MB. */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, peakMb: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

const serverUrl = process.env.BENCH_DATABASE_URL;
const folder = serverUrl ? null : await mkdtemp(path.join(os.tmpdir(), "bpo-bench-import-"));
const schema = `bench_${randomBytes(4).toString("hex")}`;
const opened = serverUrl ? await openServerDb({ url: serverUrl, schema }) : await openEmbeddedDb({ dataDir: folder!, migrations: await readMigrationFiles() });
const { db } = opened;
try {
  const organization = await createOrganization(db, { slug: `bench-${randomBytes(3).toString("hex")}` });
  const user = await createUser(db, { organizationId: organization.id, role: "ANALYST" });
  const auth = { userId: user.id, email: user.email, name: user.name, role: "ANALYST" as const, organizationId: organization.id, organizationName: organization.name, via: "token" as const };
  const vendorNames: string[] = [];
  for (let i = 0; i < VENDORS; i++) vendorNames.push((await createVendor(db, { organizationId: organization.id, name: `Metrics Vendor ${i}` })).name);
  const observations = observationCsv(vendorNames);
  console.log(`database: ${serverUrl ? `PostgreSQL server (schema ${schema})` : "embedded PGlite"}; node ${process.version}; ${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(1)}`);
  console.log(`file: ${ROWS.toLocaleString("en-US")} observation rows, ${(observations.length / 1024 / 1024).toFixed(1)} MB; resident set before: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB\n`);

  const runs: [string, () => Promise<{ summary: { new: number; errors: number }; committed: boolean }>][] = [
    ["observations, dry run (preview)", () => importMetricObservations(db, auth, csvRecords(body(observations)), { dryRun: true })],
    ["observations, commit", () => importMetricObservations(db, auth, csvRecords(body(observations)), { dryRun: false })],
    ["vendors, commit", () => importVendors(db, auth, csvRecords(body(vendorCsv())), { dryRun: false })],
  ];
  const baseMb = process.memoryUsage().rss / 1024 / 1024;
  let worst = { seconds: 0, peakMb: 0 };
  for (const [label, run] of runs) {
    const { result, seconds, peakMb } = await measure(run);
    if (result.summary.errors > 0) throw new Error(`${label}: the file had errors`);
    console.log(`${label.padEnd(34)} ${seconds.toFixed(1).padStart(5)} s   peak resident set ${peakMb.toFixed(0).padStart(4)} MB (+${(peakMb - baseMb).toFixed(0)})   ${result.committed ? `${result.summary.new.toLocaleString("en-US")} rows written` : "nothing written"}`);
    worst = { seconds: Math.max(worst.seconds, seconds), peakMb: Math.max(worst.peakMb, peakMb) };
  }
  // The embedded database lives in this process: its WASM heap is in the resident set before the import starts.
  console.log(`\ntargets: ≤ 15 s ${worst.seconds <= 15 ? "met" : "MISSED"} (slowest ${worst.seconds.toFixed(1)} s); ≤ 400 MB ${worst.peakMb <= 400 ? "met" : "MISSED"} (peak ${worst.peakMb.toFixed(0)} MB, of which the import added ${(worst.peakMb - baseMb).toFixed(0)} MB)`);
} finally {
  await opened.close();
  if (folder) await rm(folder, { recursive: true, force: true });
  if (serverUrl) {
    const pg = (await import("pg")).default;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
    await admin.end();
  }
}
