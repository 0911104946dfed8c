// Seeds the demo data (prisma/seed.ts) into the PostgreSQL server DATABASE_URL names:
//   DATABASE_URL=postgresql://user@host:5432/db npx tsx scripts/seed.mts
// The database is migrated first (getDb does that) and seeded only while it has no
// organisation, so running this twice, or against a database in use, changes nothing.
//
// The embedded database is never seeded from here: only one process may open a PGlite data
// directory (STACK.md), and the app seeds it itself at boot.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// The server modules start with `import "server-only"`, which throws unless the
// "react-server" export condition is active (as it is inside Next). Re-run with it.
if (!process.execArgv.some((arg) => arg.includes("react-server"))) {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, "--conditions=react-server", fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: "inherit" },
  );
  process.exit(run.status ?? 1);
}

if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set: this script seeds a PostgreSQL server (the embedded database seeds itself at boot).");
  process.exit(2);
}

// Imported after the checks above: a static import would throw before they run.
const { closeDb, getDb } = await import("@/lib/server/db/client");
const { seedDemoDataIfEmpty } = await import("@/prisma/seed");

try {
  const db = await getDb();
  const started = Date.now();
  if (await seedDemoDataIfEmpty(db)) {
    console.info(`Seeded the demo data in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } else {
    console.info("The database already has organisations: nothing seeded.");
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
