import { expect, test } from "./fixtures";
import { firstVendorId, signIn } from "./sign-in";

test("hostile URLs get a 404 page or a plain result, never a server error", async ({ page }) => {
  await signIn(page, "analyst@medcentral.example");
  for (const path of ["/vendors/%00", "/vendors/abc%1b", "/vendors/%E0%A4%A"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  // A NUL in the search is dropped; % and _ are searched for as themselves.
  expect((await page.goto("/vendors?q=%00"))?.status()).toBe(200);
  await expect(page.locator("tbody tr").first()).toBeVisible();
  for (const q of ["%25", "_"]) {
    await page.goto(`/vendors?q=${q}`);
    await expect(page.getByText("No vendor matches these filters.")).toBeVisible();
  }
  const api = await page.request.get("/api/v1/vendors/%00");
  expect(api.status()).toBe(400);
  expect((await api.json()).error.fields).toEqual({ path: "Must not contain control characters." });
});

test("the vendor form refuses a control character next to the field and saves nothing", async ({ page }) => {
  await signIn(page, "analyst@medcentral.example");
  const vendorId = await firstVendorId(page);
  await page.goto(`/vendors/${vendorId}/edit`);
  const headquarters = page.getByLabel("Headquarters");
  const original = await headquarters.inputValue();
  // Typing cannot produce a control character; a script (or a forged request) can.
  await headquarters.evaluate((input: HTMLInputElement) => {
    input.value = "Zzyzx\u0000Town";
  });
  await page.getByRole("button", { name: "Save vendor" }).click();
  await expect(page.getByText("Remove the control characters (such as NUL) from this text.")).toBeVisible();
  await page.goto(`/vendors/${vendorId}`);
  if (original) await expect(page.getByText(original).first()).toBeVisible();
  await expect(page.getByText("Zzyzx")).toHaveCount(0);
});
