import { expect, test } from "@playwright/test";
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
  await expect(page.getByRole("cell", { name: "96.8%" }).first()).toBeVisible();

  await page.getByRole("link", { name: "Correct" }).first().click();
  await expect(page.getByLabel("Value (%)")).toHaveValue("96.8");
  await page.getByLabel("Value (%)").fill("97.1");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByRole("cell", { name: "97.1%" }).first()).toBeVisible();

  await page.getByRole("link", { name: "Update counts" }).click();
  await page.getByLabel("Total staff").fill("200");
  await page.getByLabel(/^CPC/).fill("120");
  await page.getByLabel(/^RHIA/).fill("10");
  await page.getByLabel("Certified staff").fill("125");
  await expect(page.getByText("Certified share: 62.5%.")).toBeVisible();
  await page.getByRole("button", { name: "Save counts" }).click();
  await expect(page.getByTestId("certified-share")).toHaveText("62.5%");
});
