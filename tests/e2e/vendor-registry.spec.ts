import { expect, test } from "./fixtures";
import { signIn } from "./sign-in";
import { createVendorThroughForm, uniqueName } from "./vendor-helpers";

test("an analyst adds a vendor, is told what is missing first, then archives and restores it", async ({ page }) => {
  await signIn(page, "analyst@medcentral.example");
  await page.goto("/vendors");
  await page.getByRole("link", { name: "New vendor" }).click();
  await page.getByRole("button", { name: "Create vendor" }).click();
  await expect(page.getByText("Enter the vendor's name.")).toBeVisible();
  await expect(page.getByText("Choose an operating model.")).toBeVisible();
  await expect(page.getByText("Choose at least one function the vendor serves.")).toBeVisible();

  const name = uniqueName("Archive Me");
  await createVendorThroughForm(page, name);
  await expect(page.getByText("30.0%")).toBeVisible();

  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText(/^Archived on/)).toBeVisible();
  await page.goto(`/vendors?q=${encodeURIComponent(name)}`);
  await expect(page.getByText("No vendor matches these filters.")).toBeVisible();
  await page.getByLabel("Show archived").check();
  await page.getByRole("button", { name: "Apply" }).click();
  const row = page.locator("tbody tr", { hasText: name });
  await expect(row.getByText("Archived")).toBeVisible();

  await row.getByRole("link", { name }).click();
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("button", { name: "Archive" })).toBeVisible();
  await expect(page.getByText(/^Archived on/)).toHaveCount(0);
});

test("when two analysts edit one vendor, the second save names who changed it and offers a reload", async ({ page, browser }) => {
  await signIn(page, "analyst@medcentral.example");
  const vendorId = await createVendorThroughForm(page, uniqueName("Contested"));
  await page.goto(`/vendors/${vendorId}/edit`);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@medcentral.example");
  await admin.goto(`/vendors/${vendorId}/edit`);
  await admin.getByLabel("Staff on healthcare accounts (FTE)").fill("250");
  await admin.getByRole("button", { name: "Save vendor" }).click();
  await expect(admin.getByRole("link", { name: "Edit vendor" })).toBeVisible();

  await page.getByLabel("Staff on healthcare accounts (FTE)").fill("99");
  await page.getByRole("button", { name: "Save vendor" }).click();
  await expect(page.getByText(/^Dana Whitfield \(admin@medcentral\.example\) changed this vendor on .+ UTC, after you opened it\./)).toBeVisible();
  await expect(page.getByLabel("Staff on healthcare accounts (FTE)")).toHaveValue("99");
  await page.getByRole("button", { name: "Reload the latest version" }).click();
  await expect(page.getByLabel("Staff on healthcare accounts (FTE)")).toHaveValue("250");
});

test("the vendor list filters by compliance state and exports what it shows", async ({ page }) => {
  await signIn(page, "procurement@medcentral.example");
  await page.goto("/vendors");
  await page.getByLabel("Compliance").selectOption("FAILS_PHI_GATE");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/compliance=FAILS_PHI_GATE/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents()) expect(text).toContain("Fails PHI gate");
  await expect(page.getByRole("link", { name: "New vendor" })).toHaveCount(0);

  // Narrowed to demo vendors, so vendors other tests create meanwhile cannot change the count.
  await page.getByLabel("Search").fill("AutoClaim");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(rows).toHaveCount(1);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^vendors-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await (await file.createReadStream()).toArray()).join("").trimEnd().split("\r\n");
  expect(lines[0]).toBe("\uFEFFname,operating_model,ai_use,functions_served,fte,annual_turnover_rate,website,headquarters,description");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^AutoClaim/);
});
