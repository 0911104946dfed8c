// Every way in which a client can change data: the server actions ("use server" modules) and
// the state-changing methods of route handlers, found in the source tree so that a new one
// cannot be added without the tests noticing.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
const SOURCE_ROOTS = ["app", "components", "lib"];

/**
 * Keys such as `POST /api/v1/vendors`, `DELETE /api/v1/vendors/[id]` and
 * `action app/(app)/vendors/new/actions.ts#createVendorAction`, sorted.
 */
export async function discoverWriteEntryPoints(root = process.cwd()): Promise<string[]> {
  const keys: string[] = [];
  for (const sourceRoot of SOURCE_ROOTS) {
    for (const file of await sourceFiles(path.join(root, sourceRoot))) {
      const relative = path.relative(root, file).split(path.sep).join("/");
      const source = await readFile(file, "utf8");
      if (path.basename(file) === "route.ts") keys.push(...routeWrites(relative, source));
      if (isServerActionModule(source)) keys.push(...exportedNames(source).map((name) => `action ${relative}#${name}`));
    }
  }
  return keys.sort();
}

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && entry.name !== "node_modules") files.push(...(await sourceFiles(full)));
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      files.push(full);
    }
  }
  return files;
}

/** `app/api/v1/vendors/[id]/route.ts` → `/api/v1/vendors/[id]`; route groups such as `(app)` are not part of the URL. */
export function routePath(relative: string): string {
  const segments = relative.split("/").slice(1, -1).filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

function routeWrites(relative: string, source: string): string[] {
  return WRITE_METHODS.filter((method) => new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(source)).map((method) => `${method} ${routePath(relative)}`);
}

/** A module whose first statement is the "use server" directive (after comments). */
function isServerActionModule(source: string): boolean {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return /^\s*["']use server["']/.test(withoutComments);
}

function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1]);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of match[1].split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name && !name.startsWith("type ")) names.add(name);
    }
  }
  return [...names];
}
