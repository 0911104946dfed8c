// First-load JavaScript of the evaluation pages (target ≤ 250 kB gzip, docs/benchmarks.md).
// Starts the production server (`npm run build` first) on a fresh embedded database with the demo
// data, signs in as the CFO and opens the demo evaluation's overview and TCO view in Chromium.
// "First load" is every script the browser fetched before the page's load event; the chart
// chunks loaded afterwards (dynamic imports) are counted apart. Sizes are gzip level 6 of the
// bytes received, so they do not depend on whether the server compresses.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";

const port = Number(process.env.BENCH_PORT ?? 3299);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "bpo-bench-first-load-"));
const server = spawn(process.execPath, [".server/server.mjs"], {
  env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, DATABASE_URL: "", SEED_DEMO: "1", LOG_LEVEL: "error" },
  stdio: "inherit",
});

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not start; run `npm run build` first.");
}

interface Load {
  firstKb: number;
  firstRawKb: number;
  lazyKb: number;
  scripts: number;
}

async function measure(page: Page, url: string, waitFor: string): Promise<Load> {
  const seen: { url: string; bytes: number; gzip: number; afterLoad: boolean }[] = [];
  let loaded = false;
  const onResponse = async (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() !== "script") return;
    const afterLoad = loaded;
    const body = await response.body().catch(() => null);
    if (body) seen.push({ url: response.url(), bytes: body.length, gzip: gzipSync(body, { level: 6 }).length, afterLoad });
  };
  page.on("response", onResponse);
  // A fresh cache each time: the first visit is what "first load" means.
  const client = await page.context().newCDPSession(page);
  await client.send("Network.clearBrowserCache");
  await page.goto(url, { waitUntil: "load" });
  loaded = true;
  await page.getByText(waitFor).first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  const first = seen.filter((s) => !s.afterLoad);
  const lazy = seen.filter((s) => s.afterLoad);
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  return { firstKb: kb(first.reduce((a, s) => a + s.gzip, 0)), firstRawKb: kb(first.reduce((a, s) => a + s.bytes, 0)), lazyKb: kb(lazy.reduce((a, s) => a + s.gzip, 0)), scripts: first.length };
}

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const page = await browser.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill("cfo@medcentral.example");
  await page.getByLabel("Password").fill("medcentral-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
  await page.goto(`${base}/evaluations`);
  const href = await page.getByRole("link", { name: /^Revenue-cycle re-sourcing/ }).first().getAttribute("href");
  const rows = [
    ["Evaluation overview", `${base}${href}`, "Probability of ranking first"],
    ["TCO and uncertainty", `${base}${href}/tco`, "Uncertainty from"],
  ] as const;
  console.info("page | first-load JS (gzip) | first-load JS (raw) | scripts | charts loaded after (gzip)");
  for (const [name, url, waitFor] of rows) {
    const m = await measure(page, url, waitFor);
    console.info(`${name} | ${m.firstKb} kB | ${m.firstRawKb} kB | ${m.scripts} | ${m.lazyKb} kB`);
  }
  await browser.close();
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  rmSync(dataDir, { recursive: true, force: true });
}
