// `npm run test:mutation [-- stryker options]`: StrykerJS on the pure core (stryker.config.mjs), in
// incremental mode against the recorded run, then the score of lib/scoring and lib/tco together.
// A whole run (no --mutate) that reaches the threshold is recorded in reports/mutation/recorded-run.json;
// commit it with reports/mutation/stryker-incremental.json. See docs/testing.md.
//
// Options of this script (the rest go to `stryker run`):
//   --if-changed     do nothing when the fingerprinted files are as recorded (CI)
//   --max-minutes N  stop Stryker and fail after N minutes
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fingerprint, MUTATION_THRESHOLD, RECORD_FILE, REPORT_FILE, scoreOf } from "./record.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const ifChanged = take("--if-changed");
const maxMinutes = Number(takeValue("--max-minutes") ?? Infinity);
const partial = args.some((a) => a === "--mutate" || a === "-m" || a.startsWith("--mutate="));
// A run over some files only must not overwrite the recorded incremental file with that subset.
if (partial && !args.some((a) => a.startsWith("--incrementalFile"))) args.push("--incrementalFile", "reports/mutation/partial-incremental.json");

function take(flag) {
  const i = args.indexOf(flag);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
}
function takeValue(flag) {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
}

const recorded = existsSync(path.join(root, RECORD_FILE)) ? JSON.parse(readFileSync(path.join(root, RECORD_FILE), "utf8")) : null;
const current = fingerprint(root);
if (ifChanged && recorded?.fingerprint === current) {
  console.info(`Mutation testing: lib/scoring and lib/tco are as in the recorded run of ${recorded.date} (score ${recorded.score.toFixed(2)} %); nothing to re-test.`);
  process.exit(0);
}
if (ifChanged) console.info(`Mutation testing: lib/scoring or lib/tco changed since the recorded run${recorded ? ` of ${recorded.date}` : ""}; re-testing what changed.`);

const started = Date.now();
// Own process group, so a time limit stops Stryker's test runners too.
const child = spawn(path.join(root, "node_modules/.bin/stryker"), ["run", ...args], { cwd: root, stdio: "inherit", detached: true });
let timedOut = false;
const timer = Number.isFinite(maxMinutes)
  ? setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, "SIGTERM");
    }, maxMinutes * 60_000)
  : null;
const onSignal = (signal) => process.kill(-child.pid, signal);
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);
const status = await new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal)));
if (timer) clearTimeout(timer);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);

if (timedOut) {
  console.error(`✖ Mutation testing stopped after ${maxMinutes} minutes. Run \`npm run test:mutation\` locally and commit reports/mutation/ with your change.`);
  process.exit(1);
}
if (status !== 0 || !existsSync(path.join(root, REPORT_FILE))) {
  console.error(`✖ Stryker failed (${status}) after ${minutes} minutes.`);
  process.exit(typeof status === "number" && status > 0 ? status : 1);
}

const report = JSON.parse(readFileSync(path.join(root, REPORT_FILE), "utf8"));
const score = scoreOf(report);
for (const folder of Object.keys(score.byFolder)) console.info(`  ${folder}: ${score.byFolder[folder].score.toFixed(2)} % of ${score.byFolder[folder].valid} mutants detected`);
console.info(`Mutation score of lib/scoring and lib/tco together: ${score.score.toFixed(2)} % (${score.detected} of ${score.valid} detected, ${score.ignored} display-text mutants ignored) in ${minutes} minutes.`);
if (score.score < MUTATION_THRESHOLD) {
  console.error(`✖ Below ${MUTATION_THRESHOLD} %: kill the surviving mutants (reports/mutation/mutation.html) or mark equivalent ones at their line.`);
  process.exit(1);
}
if (!partial) {
  writeFileSync(path.join(root, RECORD_FILE), `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), score: Number(score.score.toFixed(2)), detected: score.detected, valid: score.valid, ignored: score.ignored, byFolder: score.byFolder, fingerprint: current }, null, 2)}\n`);
  console.info(`Recorded in ${RECORD_FILE}: commit it with reports/mutation/stryker-incremental.json.`);
}
