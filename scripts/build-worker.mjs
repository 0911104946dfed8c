// Bundles the Monte Carlo worker (lib/server/tco/tco-worker.ts) into .worker/tco-worker.mjs,
// a plain ES module that `new Worker(path)` can load inside Next's server (which bundles
// server code, so a .ts worker path would not survive). Run by `npm run build`.
// Usage: node scripts/build-worker.mjs [--outfile <path>]
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const flag = process.argv.indexOf("--outfile");
const outfile = flag > 0 ? process.argv[flag + 1] : `${root}.worker/tco-worker.mjs`;

await build({
  entryPoints: [`${root}lib/server/tco/tco-worker.ts`],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // "server-only" resolves to its empty module under the react-server condition.
  conditions: ["react-server"],
  tsconfig: `${root}tsconfig.json`,
  logLevel: "warning",
});
console.log(`TCO worker bundled to ${outfile}`);
