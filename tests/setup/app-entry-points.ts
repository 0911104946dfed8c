// Every door of the app, found in the source tree: its pages (page.tsx), every method of every
// route handler (route.ts) and every server action, so that a new one cannot be added without
// the authorization matrix (tests/integration/authorization/matrix.ts) noticing.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { discoverWriteEntryPoints, routePath } from "./write-entry-points";

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Keys such as `page /vendors/[id]`, `GET /api/v1/vendors` and `action app/(app)/vendors/new/actions.ts#createVendorAction`, sorted. */
export async function discoverEntryPoints(root = process.cwd()): Promise<string[]> {
  const keys: string[] = [];
  for (const file of await filesUnder(path.join(root, "app"))) {
    const relative = path.relative(root, file).split(path.sep).join("/");
    const name = path.basename(file);
    if (name === "page.tsx" || name === "page.ts") keys.push(`page ${routePath(relative)}`);
    if (name === "route.ts") {
      const source = await readFile(file, "utf8");
      for (const method of METHODS) {
        if (new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(source)) keys.push(`${method} ${routePath(relative)}`);
      }
    }
  }
  keys.push(...(await discoverWriteEntryPoints(root)).filter((key) => key.startsWith("action ")));
  return keys.sort();
}

async function filesUnder(directory: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(full)));
    else files.push(full);
  }
  return files;
}
