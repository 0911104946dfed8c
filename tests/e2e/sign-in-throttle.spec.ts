import { expect, test } from "./fixtures";

// Every e2e request comes from 127.0.0.1, which may fail 30 sign-ins per 15 minutes: this
// file spends five of them.
test("an account locked through the API is locked in the sign-in form too", async ({ page, request }) => {
  const email = `locked-${Date.now()}@medcentral.example`;
  for (let i = 0; i < 5; i++) {
    const response = await request.post("/api/v1/auth/token", { data: { email, password: `guess-${i}` } });
    expect(response.status()).toBe(401);
  }
  const locked = await request.post("/api/v1/auth/token", { data: { email, password: "medcentral-demo" } });
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("medcentral-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/Too many failed sign-in attempts\. Try again in 1[45] minutes\./)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
});
