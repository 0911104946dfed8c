import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { signIn } from "./sign-in";
import { createVendorThroughForm, uniqueName } from "./vendor-helpers";

test("an analyst records a SOC 2 Type II report at Documented level for a vendor failing the PHI gate, and sees it pass", async ({ page }) => {
  await signIn(page, "analyst@medcentral.example");
  const vendorId = await createVendorThroughForm(page, uniqueName("Gatekeeper"));
  await expect(page.getByText("Fails: bids on PHI work are disqualified")).toBeVisible();

  // The BAA first: signed or offered, at any level.
  await page.getByRole("link", { name: "Add evidence" }).click();
  await page.getByLabel("Evidence item").selectOption("HIPAA_BAA");
  await page.getByLabel("Verification level").selectOption("DOCUMENTED");
  await page.getByLabel("Effective from").fill("2026-01-15");
  await page.getByLabel("Document (file name)").fill("baa-signed.pdf");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page).toHaveURL(new RegExp(`/vendors/${vendorId}#compliance-evidence$`));
  await expect(page.getByText("Fails: bids on PHI work are disqualified")).toBeVisible();
  await expect(page.getByText("No current SOC 2 Type II report at Documented or Verified level.")).toBeVisible();

  const today = new Date();
  const periodEnd = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
  const periodStart = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth() - 1, 2)).toISOString().slice(0, 10);
  await page.getByRole("link", { name: "Add evidence" }).click();
  await page.getByLabel("Evidence item").selectOption("SOC2_TYPE_II");
  await page.getByLabel("Verification level").selectOption("DOCUMENTED");
  await page.getByLabel("From", { exact: true }).fill(periodStart);
  await page.getByLabel("To", { exact: true }).fill(periodEnd);
  await page.getByLabel("Effective from").fill(periodStart);
  await page.getByLabel("Issued by").fill("Baker & Co. CPAs");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByText("A SOC 2 Type II report counts from the end of its period: use the period's end date.")).toBeVisible();
  await page.getByLabel("Effective from").fill(periodEnd);
  await expect(page.getByText(/^Counts until .+, then expires\.$/)).toBeVisible();
  await page.getByRole("button", { name: "Add evidence" }).click();

  await expect(page.getByText("Passes: may bid on PHI work")).toBeVisible();
  const row = page.getByRole("row", { name: /SOC 2 Type II/ });
  await expect(row.getByText("Documented")).toBeVisible();
  await expect(row.getByText("by Baker & Co. CPAs")).toBeVisible();
});

test("an analyst adds a metric observation in percent, corrects it, and sets certification counts", async ({ page }) => {
  await signIn(page, "analyst@medcentral.example");
  const vendorId = await createVendorThroughForm(page, uniqueName("Counted"));

  await page.getByRole("link", { name: "Add observation" }).click();
  await page.getByLabel("Metric", { exact: true }).selectOption("CODING_ACCURACY");
  await expect(page.getByText("Coded items found correct on audit ÷ coded items audited, at the level the vendor states.")).toBeVisible();
  await page.getByLabel("Value (%)").fill("96.8");
  await page.getByLabel("Source").selectOption("AUDITED");
  await page.getByLabel("Measurement basis").selectOption("CLAIM");
  await page.getByRole("button", { name: "Add observation" }).click();
  await expect(page).toHaveURL(new RegExp(`/vendors/${vendorId}#metric-CODING_ACCURACY$`));
  const card = page.locator("#metric-CODING_ACCURACY");
  await expect(card.getByTestId("used-CODING_ACCURACY")).toHaveText(/96\.8% — audited, /);
  await expect(card.getByText("Measured as: Claim level")).toBeVisible();
  await card.getByText("Data table: Coding accuracy").click();
  await expect(card.getByRole("cell", { name: "96.8%" })).toBeVisible();

  await card.getByRole("link", { name: "Correct" }).click();
  await expect(page.getByLabel("Value (%)")).toHaveValue("96.8");
  await page.getByLabel("Value (%)").fill("97.1");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByTestId("used-CODING_ACCURACY")).toHaveText(/97\.1% — audited, /);

  await page.getByRole("link", { name: "Update counts" }).click();
  await page.getByLabel("Total staff").fill("200");
  await page.getByLabel(/^CPC/).fill("120");
  await page.getByLabel(/^RHIA/).fill("10");
  await page.getByLabel("Certified staff").fill("125");
  await expect(page.getByText("Certified share: 62.5%.")).toBeVisible();
  await page.getByRole("button", { name: "Save counts" }).click();
  await expect(page.getByTestId("certified-share")).toHaveText("62.5%");
});

test("a vendor's page, its forms and the vendor list have no detectable accessibility violations", async ({ page }) => {
  // Six axe-core scans, one of a page with charts: allow for a loaded two-core machine.
  test.setTimeout(90_000);
  await signIn(page, "analyst@medcentral.example");
  await page.goto("/vendors?q=Caduceus");
  await page.locator("tbody").getByRole("link").first().click();
  await expect(page.locator("#metric-CODING_ACCURACY svg.recharts-surface[role=application]")).toBeVisible();
  const vendorUrl = page.url();
  for (const path of ["", "/metrics/new", "/evidence/new", "/certifications", "/edit"]) {
    await page.goto(`${vendorUrl}${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations, `${path || "vendor page"}: ${results.violations.map((v) => v.id).join(", ")}`).toEqual([]);
  }
  await page.goto("/vendors");
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
});
