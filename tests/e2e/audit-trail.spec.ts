import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { signIn } from "./sign-in";
import { createVendorThroughForm, uniqueName } from "./vendor-helpers";

test("the admin follows a vendor's history: who changed what, before and after, and exports it", async ({ page }) => {
  await signIn(page, "admin@medcentral.example");
  const name = uniqueName("Audit Trail Vendor");
  const vendorId = await createVendorThroughForm(page, name);
  await page.goto(`/vendors/${vendorId}/edit`);
  await page.getByLabel("Annual staff turnover (%)").fill("27.5");
  await page.getByRole("button", { name: "Save vendor" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await expect(page.getByLabel("Record id")).toHaveValue(vendorId);
  const events = page.getByTestId("audit-event");
  await expect(events).toHaveCount(2);
  // Newest first: the edit, then the creation.
  const edit = events.nth(0);
  await expect(edit).toContainText("Updated vendor");
  await expect(edit).toContainText("Dana Whitfield");
  await expect(edit.getByRole("row", { name: /Annual staff turnover/ })).toContainText("30.0%");
  await expect(edit.getByRole("row", { name: /Annual staff turnover/ })).toContainText("27.5%");
  await expect(events.nth(1)).toContainText("Created vendor");
  await expect(events.nth(1).getByRole("link", { name })).toHaveAttribute("href", `/vendors/${vendorId}`);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await readFile((await (await download).path())!, "utf8");
  expect(csv).toContain("Annual staff turnover: 30.0% → 27.5%");
  expect(csv.trim().split("\r\n")).toHaveLength(3);

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test("the executive filters the trail by person and record type", async ({ page }) => {
  await signIn(page, "cfo@medcentral.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await page.getByLabel("Person").selectOption({ label: "Marcus Bell (procurement@medcentral.example)" });
  await page.getByLabel("Record type").selectOption("Evaluation");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/person=.+&type=Evaluation/);
  const events = page.getByTestId("audit-event");
  await expect(events.first()).toBeVisible();
  for (const text of await events.allInnerTexts()) {
    expect(text).toContain("procurement@medcentral.example");
    expect(text).toContain("Evaluation:");
  }

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/audit$/);
});

test("the analyst has no audit trail: no menu entry, and the page is not found", async ({ page }) => {
  await signIn(page, "analyst@medcentral.example");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" })).toHaveCount(0);
  const response = await page.goto("/audit");
  expect(response?.status()).toBe(404);
});
