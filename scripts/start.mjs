// `npm start`: builds when there is no build (or the sources changed since), then serves
// the app on PORT (default 3000). The server migrates and seeds the database at boot.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const serverBundle = path.join(root, ".server", "server.mjs");
const sourceDirs = ["app", "components", "lib", "prisma", "public"];
const sourceFiles = ["next.config.ts", "instrumentation.ts", "proxy.ts", "package-lock.json", "postcss.config.mjs"];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (path.basename(entry) === "generated") return 0;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function needsBuild() {
  if (!existsSync(buildId) || !existsSync(serverBundle)) return true;
  const built = statSync(buildId).mtimeMs;
  return [...sourceDirs, ...sourceFiles].some((entry) => newestMtime(path.join(root, entry)) > built);
}

if (needsBuild()) {
  console.info("Building the app (first start, or the sources changed)…");
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || "3000";
// .server/server.mjs (lib/server/http/app-server.ts) serves Next with request ids, the
// client's address and one JSON log line per request.
const server = spawn(process.execPath, [path.join(root, ".server", "server.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", PORT: port },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
