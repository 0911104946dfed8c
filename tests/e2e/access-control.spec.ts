import { expect, test } from "./fixtures";
import { firstVendorId, signIn } from "./sign-in";

test("a signed-out visitor is sent to sign-in, and the API answers 401 JSON", async ({ page, request }) => {
  await page.goto("/vendors");
  await expect(page).toHaveURL(/\/sign-in$/);
  const response = await request.get("/api/v1/vendors");
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthenticated");
});

test("the executive gets no edit controls, and the server refuses an edit it forges", async ({ page }) => {
  await signIn(page, "cfo@medcentral.example");
  const vendorId = await firstVendorId(page);
  await page.goto(`/vendors/${vendorId}`);
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit vendor" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /save|edit/i })).toHaveCount(0);

  const editPage = await page.goto(`/vendors/${vendorId}/edit`);
  expect(editPage?.status()).toBe(404);

  // The forged edit carries the executive's real session cookie.
  const before = await (await page.request.get(`/api/v1/vendors/${vendorId}`)).json();
  const forged = await page.request.patch(`/api/v1/vendors/${vendorId}`, { data: { name: "Forged by the CFO", version: before.version } });
  expect(forged.status()).toBe(403);
  const after = await (await page.request.get(`/api/v1/vendors/${vendorId}`)).json();
  expect(after.name).toBe(before.name);
  expect(after.version).toBe(before.version);
});

test("a user of another organisation opening a MedCentral vendor's URL gets 404", async ({ browser }) => {
  const medcentral = await browser.newPage();
  await signIn(medcentral, "analyst@medcentral.example");
  const vendorId = await firstVendorId(medcentral);
  const vendorName = await medcentral.locator("tbody").getByRole("link").first().textContent();
  await medcentral.close();

  const lakeside = await browser.newPage();
  await signIn(lakeside, "analyst@lakeside.example");
  await expect(lakeside.getByTestId("organization-name")).toHaveText("Lakeside Community Hospital");
  const response = await lakeside.goto(`/vendors/${vendorId}`);
  expect(response?.status()).toBe(404);
  await expect(lakeside.getByRole("heading", { name: "Not found" })).toBeVisible();
  expect((await lakeside.request.get(`/api/v1/vendors/${vendorId}`)).status()).toBe(404);
  await lakeside.goto("/vendors");
  await expect(lakeside.getByRole("link", { name: vendorName ?? "" })).toHaveCount(0);
  await lakeside.close();
});

test("parallel API requests against the running server all succeed", async ({ request }) => {
  const token = await request.post("/api/v1/auth/token", { data: { email: "analyst@medcentral.example", password: "medcentral-demo" } });
  expect(token.status()).toBe(200);
  const { token: bearer } = await token.json();
  const responses = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      request.get(`/api/v1/vendors?limit=50&sort=${i % 2 ? "name" : "updated"}`, { headers: { authorization: `Bearer ${bearer}` } }),
    ),
  );
  expect(responses.map((response) => response.status())).toEqual(Array(40).fill(200));
  for (const response of responses) expect((await response.json()).data.length).toBeGreaterThanOrEqual(8);
});

test("pages are sent with headers that stop framing and sniffing", async ({ request }) => {
  const response = await request.get("/sign-in");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["x-powered-by"]).toBeUndefined();
});

test("settings are the admin's: other roles neither see the link nor open the page", async ({ page }) => {
  await signIn(page, "procurement@medcentral.example");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
  const response = await page.goto("/settings");
  expect(response?.status()).toBe(404);
});
