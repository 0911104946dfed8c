// eslint-disable-next-line no-restricted-imports -- the one test that provokes a CSP violation on purpose
import { test as unguardedTest } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./sign-in";

test("every response carries its request id", async ({ request }) => {
  const ids = new Set<string>();
  for (const path of ["/sign-in", "/api/v1/vendors", "/vendors/%00"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const id = response.headers()["x-request-id"];
    expect(id, path).toMatch(/^[0-9a-f-]{36}$/);
    ids.add(id);
  }
  expect(ids.size).toBe(3);
});

test("pages carry a strict Content-Security-Policy with a fresh nonce on every script", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/sign-in", "/sign-in", "/no-such-page"]) {
    const response = await request.get(path);
    const policy = response.headers()["content-security-policy"];
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    const scriptSrc = /script-src ([^;]+)/.exec(policy)![1];
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
    nonces.add(nonce);
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(3);
  // Plain http here: no HSTS (it is sent when APP_ORIGIN is https).
  expect((await request.get("/sign-in")).headers()["strict-transport-security"]).toBeUndefined();
});

test("signed-in pages, API answers and exports are never stored by a cache", async ({ page }) => {
  await signIn(page, "procurement@medcentral.example");
  for (const path of ["/", "/vendors", "/evaluations", "/api/v1/vendors", "/api/v1/evaluations", "/vendors/export"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toContain("no-store");
  }
  const api = await page.request.get("/api/v1/vendors");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("the session cookie is HttpOnly, SameSite=Lax and for the whole site", async ({ page, context }) => {
  await signIn(page, "analyst@medcentral.example");
  const session = (await context.cookies()).find((cookie) => cookie.name === "bpo_session");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  // It lives no longer than the absolute session lifetime (7 days).
  expect(session!.expires * 1000).toBeLessThanOrEqual(Date.now() + 7 * 24 * 3_600_000 + 60_000);
  expect(session!.expires * 1000).toBeGreaterThan(Date.now() + 6 * 24 * 3_600_000);
});

// Not the guarded `test`: this one provokes a violation on purpose, to show that the policy
// blocks injected markup's script and that the browser reports it in the words the guard looks for.
unguardedTest("a script in injected markup is blocked and reported as a CSP violation", async ({ page }) => {
  const reports: string[] = [];
  page.on("console", (message) => reports.push(message.text()));
  await page.goto("/sign-in");
  // What stored XSS would look like if some text ever reached the page unescaped.
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="/no-such-image.png" onerror="window.__injected = true">'));
  await expect.poll(() => reports.some((text) => /Content Security Policy/i.test(text))).toBe(true);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
});
