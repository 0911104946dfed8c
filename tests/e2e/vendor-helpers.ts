import { expect, type Page } from "@playwright/test";

/** A name no other test (or earlier run on the same database) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** Creates a vendor through the New vendor form, as an analyst would; returns its id. */
export async function createVendorThroughForm(page: Page, name: string, options: { model?: string; functions?: string[] } = {}): Promise<string> {
  await page.goto("/vendors/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Operating model").selectOption(options.model ?? "SPECIALIZED");
  for (const fn of options.functions ?? ["Medical coding", "Complex claims / denials"]) await page.getByLabel(fn).check();
  await page.getByLabel("Annual staff turnover (%)").fill("30");
  await page.getByRole("button", { name: "Create vendor" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const id = page.url().split("/").pop();
  if (!id) throw new Error("No vendor id in the URL after creating a vendor.");
  return id;
}
