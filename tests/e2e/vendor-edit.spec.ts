import { expect, test } from "./fixtures";
import { signIn } from "./sign-in";
import { createVendorThroughForm, uniqueName } from "./vendor-helpers";

test("an analyst edits a vendor, sees field errors first, and the change is kept", async ({ page }) => {
  await signIn(page, "analyst@medcentral.example");
  const original = uniqueName("Edit Me");
  await createVendorThroughForm(page, original);
  await page.getByRole("link", { name: "Edit vendor" }).click();

  const name = page.getByLabel("Name", { exact: true });
  await expect(name).toHaveValue(original);
  await expect(page.getByLabel("Annual staff turnover (%)")).toHaveValue("30");
  await name.fill("");
  await page.getByLabel("Annual staff turnover (%)").fill("-5");
  await page.getByRole("button", { name: "Save vendor" }).click();
  await expect(page.getByText("Enter the vendor's name.")).toBeVisible();
  await expect(page.getByText("Turnover cannot be negative.")).toBeVisible();
  // What the analyst typed stays in the form, so they can correct it.
  await expect(page.getByLabel("Annual staff turnover (%)")).toHaveValue("-5");

  await name.fill(`${original} (renamed)`);
  await page.getByLabel("Annual staff turnover (%)").fill("27.5");
  await page.getByRole("button", { name: "Save vendor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${original} (renamed)` })).toBeVisible();
  await expect(page.getByText("27.5%")).toBeVisible();
});

test("the vendor list searches, filters and keeps its state in the URL", async ({ page }) => {
  await signIn(page, "procurement@medcentral.example");
  await page.goto("/vendors");
  await page.getByLabel("Operating model").selectOption("SPECIALIZED");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/model=SPECIALIZED/);
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents()) expect(text).toContain("Specialized");

  await page.getByLabel("Search").fill("no vendor is called this");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No vendor matches these filters.")).toBeVisible();
});

test("a vendor whose compliance rests on claims alone fails the PHI gate on its page", async ({ page }) => {
  await signIn(page, "analyst@medcentral.example");
  await page.goto("/vendors?q=AutoClaim");
  await page.locator("tbody").getByRole("link").first().click();
  await expect(page.getByText("Fails: bids on PHI work are disqualified")).toBeVisible();
  await expect(page.getByText("No current SOC 2 Type II report at Documented or Verified level.")).toBeVisible();

  await page.goto("/vendors?q=Caduceus");
  await page.locator("tbody").getByRole("link").first().click();
  await expect(page.getByText("Passes: may bid on PHI work")).toBeVisible();
});
