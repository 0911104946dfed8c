// What a recorded mutation run is: the files it depends on (fingerprint) and its score.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** The gate (docs/testing.md), also stryker.config.mjs's break threshold. */
export const MUTATION_THRESHOLD = 90;
export const RECORD_FILE = "reports/mutation/recorded-run.json";
export const REPORT_FILE = "reports/mutation/mutation.json";

/**
 * Everything a run's result depends on: the pure core with its tests, their helpers and the
 * mutation configuration. When none of it changed, the recorded run still holds.
 */
export const FINGERPRINTED = [
  "lib/scoring",
  "lib/tco",
  "tests/pure-core",
  "tests/setup/fast-check-no-shrink.ts",
  "stryker.config.mjs",
  "vitest.mutation.config.mts",
  "scripts/mutation",
];

function filesUnder(root, relative) {
  const full = path.join(root, relative);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(root, path.posix.join(relative, name)));
}

/** sha256 over the paths and contents of FINGERPRINTED files, in a fixed order. */
export function fingerprint(root) {
  const hash = createHash("sha256");
  for (const file of FINGERPRINTED.flatMap((p) => filesUnder(root, p))) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

/**
 * Stryker's mutation score (detected ÷ (detected + undetected), per cent) over lib/scoring and
 * lib/tco, and per folder. Ignored (display text), compile and runtime errors do not count.
 */
export function scoreOf(report) {
  const byFolder = {};
  let detected = 0;
  let valid = 0;
  let ignored = 0;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = file.split("/").slice(0, 2).join("/");
    if (folder !== "lib/scoring" && folder !== "lib/tco") continue;
    const f = (byFolder[folder] ??= { detected: 0, valid: 0, score: 100 });
    for (const m of mutants) {
      if (m.status === "Ignored") ignored++;
      if (!DETECTED.has(m.status) && !UNDETECTED.has(m.status)) continue;
      f.valid++;
      valid++;
      if (DETECTED.has(m.status)) {
        f.detected++;
        detected++;
      }
    }
    f.score = f.valid === 0 ? 100 : (100 * f.detected) / f.valid;
  }
  for (const f of Object.values(byFolder)) f.score = Number(f.score.toFixed(2));
  return { score: valid === 0 ? 100 : (100 * detected) / valid, detected, valid, ignored, byFolder };
}
