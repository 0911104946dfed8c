import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { signIn } from "./sign-in";
import { createVendorThroughForm, uniqueName } from "./vendor-helpers";

const csvFile = (rows: string[]) => ({ name: "quarter.csv", mimeType: "text/csv", buffer: Buffer.from(`${["vendor,metric,value,as_of,source,method,notes", ...rows].join("\r\n")}\r\n`) });

test("an analyst imports observations with one bad row, sees the error on that row, fixes the file, imports it and sees the new point on the chart", async ({ page }) => {
  // Two uploads, an axe scan and a chart page: allow for a loaded two-core machine.
  test.setTimeout(150_000);
  await signIn(page, "analyst@medcentral.example");
  const name = uniqueName("Imported Metrics");
  const vendorId = await createVendorThroughForm(page, name);

  await page.goto("/vendors");
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import CSV" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the metrics template" })).toHaveAttribute("href", "/vendors/import/template/metrics");
  await page.getByRole("radio", { name: "Metric observations" }).check();

  const good = `"${name}",CODING_ACCURACY,96.8 %,2026-08-29,AUDITED,CLAIM,Q3 audit sample`;
  await page.getByLabel("CSV file").setInputFiles(csvFile([good, `"${name}",DENIAL_RATE,about 7,2026-08-29,CLIENT_MEASURED,,`]));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("The file has errors, so it cannot be imported.")).toBeVisible();
  const errors = page.getByRole("table", { name: "Errors by row and column" });
  const errorRow = errors.getByRole("row", { name: /^3 value / });
  await expect(errorRow).toContainText('Write the value as a number: 0.95 or 95 %, not "about 7".');
  await expect(page.getByRole("table", { name: "Rows of the file and what the import does with each" }).getByRole("row", { name: /^3 Error/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("import-preview-errors.png"), fullPage: true });

  await page.getByLabel("CSV file").setInputFiles(csvFile([good, `"${name}",DENIAL_RATE,7 %,2026-08-29,CLIENT_MEASURED,,`]));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("The file is valid. Importing writes 2 rows in one go.")).toBeVisible();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByText("Imported: 2 new, 0 updated, 0 unchanged.")).toBeVisible();

  await page.goto(`/vendors/${vendorId}`);
  const card = page.locator("#metric-CODING_ACCURACY");
  await expect(card.getByTestId("used-CODING_ACCURACY")).toHaveText(/96\.8% — audited, Aug 29, 2026/);
  await card.getByText("Data table: Coding accuracy").click();
  await expect(card.getByRole("cell", { name: "96.8%" })).toBeVisible();
  await expect(page.locator("#metric-DENIAL_RATE").getByTestId("used-DENIAL_RATE")).toHaveText(/7\.0% — client measured, Aug 29, 2026/);
});

test("the import page is for analysts and admins: an executive is refused and sees no Import link", async ({ page }) => {
  await signIn(page, "cfo@medcentral.example");
  await page.goto("/vendors");
  await expect(page.getByRole("link", { name: "Export metrics CSV" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Import CSV" })).toHaveCount(0);
  const response = await page.goto("/vendors/import");
  expect(response?.status()).toBe(404);
});

test("a file larger than 10 MB reaches the import whole through the app server (up to the 20 MB limit)", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "analyst@medcentral.example");
  await page.goto("/vendors/import");
  // One 11 MB description, then a last row: a body cut anywhere would lose that row or break the quoting.
  const report = await page.evaluate(async () => {
    const csv = `name,operating_model,functions_served,description\r\nLong One,GENERALIST,MEDICAL_CODING,"${"x".repeat(11 * 1024 * 1024)}"\r\nLast One,GENERALIST,MEDICAL_CODING,short\r\n`;
    const response = await fetch("/api/v1/imports/vendors?dryRun=true", { method: "POST", headers: { "content-type": "text/csv" }, body: csv });
    return { status: response.status, body: await response.json() };
  });
  expect(report.status).toBe(200);
  expect(report.body.summary).toMatchObject({ rows: 2, new: 1, errors: 1 });
  expect(report.body.errors).toEqual([{ row: 2, column: "description", message: "The description must be at most 2,000 characters." }]);
  // The preview shows the start of such a cell, not 11 MB of it.
  expect(report.body.preview[0].cells.description).toHaveLength(201);
});
