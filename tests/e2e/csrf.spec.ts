import { expect, test } from "./fixtures";
import { signIn } from "./sign-in";

test("a cookie-signed API change is applied from the app's pages and refused from another origin", async ({ page }) => {
  await signIn(page, "analyst@medcentral.example");
  await page.goto("/vendors");
  // The browser itself sends Origin with a same-origin fetch: the app's own scripts are fine.
  const created = await page.evaluate(async (name) => {
    const response = await fetch("/api/v1/vendors", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, operatingModel: "SPECIALIZED", functionsServed: ["MEDICAL_CODING"] }),
    });
    return { status: response.status, body: await response.json() };
  }, `CSRF Probe ${Date.now()}`);
  expect(created.status).toBe(201);

  // The same session cookie, sent by a page on another site.
  const forged = await page.request.patch(`/api/v1/vendors/${created.body.id}`, {
    headers: { origin: "https://evil.example" },
    data: { name: "Renamed by evil.example", version: created.body.version },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe("cross_origin_request");
  const after = await page.evaluate(async (id) => (await fetch(`/api/v1/vendors/${id}`)).json(), created.body.id);
  expect(after).toMatchObject({ name: created.body.name, version: created.body.version });
});
