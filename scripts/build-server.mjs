// Bundles the production HTTP server (lib/server/http/server-main.ts) into .server/server.mjs:
// Next's handler inside our request context (ids, client address, one log line per request).
// Run by `npm run build`; `npm start` and the e2e tests serve the app with it.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

await build({
  entryPoints: [`${root}lib/server/http/server-main.ts`],
  outfile: `${root}.server/server.mjs`,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Next, pino and zod load from node_modules at run time; "server-only" is bundled (below).
  external: ["next", "next/*", "pino", "zod"],
  // "server-only" resolves to its empty module under the react-server condition.
  conditions: ["react-server"],
  tsconfig: `${root}tsconfig.json`,
  logLevel: "warning",
});
console.log("App server bundled to .server/server.mjs");
