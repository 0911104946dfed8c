// The operations the route handlers under app/api/v1 export, found in the source tree, so the
// OpenAPI document's coverage test notices a handler that the document lacks.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const API_ROOT = path.join("app", "api", "v1");

async function routeFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await routeFiles(full)));
    else if (entry.name === "route.ts") files.push(full);
  }
  return files;
}

/** "GET /vendors/{id}" for every exported handler, relative to /api/v1, sorted. */
export async function discoverApiOperations(root = process.cwd()): Promise<string[]> {
  const operations: string[] = [];
  for (const file of await routeFiles(path.join(root, API_ROOT))) {
    const source = await readFile(file, "utf8");
    const segments = path.relative(path.join(root, API_ROOT), path.dirname(file)).split(path.sep).filter(Boolean);
    const route = `/${segments.map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
    for (const method of METHODS) {
      if (new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(source)) operations.push(`${method} ${route}`);
    }
  }
  return operations.sort();
}
