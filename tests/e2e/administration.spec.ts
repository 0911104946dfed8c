import { expect, test } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { signIn } from "./sign-in";

// Several sign-ins and an accessibility scan per page: more than the default 30 s on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test("the admin adds an analyst, who signs in with the one-time password, must choose their own, and signs in with it", async ({ page, browser }) => {
  const email = `new-analyst-${Date.now()}@medcentral.example`;
  await signIn(page, "admin@medcentral.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Robin Analyst");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("ANALYST");
  await page.getByRole("button", { name: "Add user" }).click();
  const notice = page.getByText(/can now sign in as .* with the one-time password/);
  await expect(notice).toBeVisible();
  const oneTime = /one-time password (\S+) —/.exec((await notice.textContent()) ?? "")![1];
  await expect(page.locator(`tr[data-user-email="${email}"]`)).toContainText("one-time password not yet replaced");

  const context = await browser.newContext();
  const robin = await context.newPage();
  await robin.goto("/sign-in");
  await robin.getByLabel("Email").fill(email);
  await robin.getByLabel("Password").fill(oneTime);
  await robin.getByRole("button", { name: "Sign in" }).click();
  await expect(robin.getByRole("heading", { level: 1, name: "Choose your own password" })).toBeVisible();
  // Every other page sends them back here until they do.
  await robin.goto("/vendors");
  await expect(robin).toHaveURL(/\/account\/password$/);
  await robin.getByLabel("One-time password").fill(oneTime);
  await robin.getByLabel("New password", { exact: true }).fill("password1234");
  await robin.getByLabel("New password again").fill("password1234");
  await robin.getByRole("button", { name: "Change password" }).click();
  await expect(robin.getByText(/list of common passwords/)).toBeVisible();
  await robin.getByLabel("One-time password").fill(oneTime);
  await robin.getByLabel("New password", { exact: true }).fill("marble kettle horizon");
  await robin.getByLabel("New password again").fill("marble kettle horizon");
  await robin.getByRole("button", { name: "Change password" }).click();
  await expect(robin.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();

  await robin.getByRole("button", { name: "Sign out" }).click();
  await robin.getByLabel("Email").fill(email);
  await robin.getByLabel("Password").fill("marble kettle horizon");
  await robin.getByRole("button", { name: "Sign in" }).click();
  await expect(robin.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await context.close();
});

test("the admin creates a token, a script reads the vendors with it, and after revoking it the next call is 401", async ({ page }) => {
  await signIn(page, "admin@medcentral.example");
  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill(`BI refresh ${Date.now()}`);
  await page.getByLabel("Acts as").selectOption("EXECUTIVE");
  await page.getByLabel("Lifetime").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();
  const notice = page.getByText(/copy it now, it is shown only once/);
  await expect(notice).toBeVisible();
  const token = /(bpo_\S+) —/.exec((await notice.textContent()) ?? "")![1];

  const api = await page.context().request;
  const call = () => api.get("/api/v1/vendors", { headers: { authorization: `Bearer ${token}`, cookie: "" } });
  expect((await call()).status()).toBe(200);

  const row = page.getByRole("row").filter({ hasText: "BI refresh" });
  await row.getByRole("button", { name: /^Revoke/ }).click();
  await page.getByRole("button", { name: /^Revoke BI refresh/ }).click();
  await expect(row).toContainText("Revoked");
  expect((await call()).status()).toBe(401);
});

test("settings pages are the admin's; others get 404; the pages have no serious accessibility violations", async ({ page, browser }) => {
  await signIn(page, "admin@medcentral.example");
  for (const [path, heading] of [
    ["/settings", "Users"],
    ["/settings/defaults", "Defaults for new evaluations"],
    ["/settings/matrix", "Decision matrix (MODEL.md §1) and your organisation's overrides"],
    ["/settings/tokens", "Tokens"],
    ["/account", "Where you are signed in"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  }
  const context = await browser.newContext();
  const analyst = await context.newPage();
  await signIn(analyst, "analyst@medcentral.example");
  for (const path of ["/settings", "/settings/defaults", "/settings/tokens", "/settings/matrix"]) {
    const response = await analyst.goto(path);
    expect(response?.status()).toBe(404);
  }
  await context.close();
});
