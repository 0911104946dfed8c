import { expect, test } from "./fixtures";

test("the API reference page shows every resource and the worked example, loading nothing from another origin", async ({ page, baseURL }) => {
  // Swagger UI renders a 300 kB document: 90 s on a loaded machine.
  test.setTimeout(90_000);
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { name: /BPO Evaluator API/ })).toBeVisible({ timeout: 30_000 });
  for (const tag of ["Vendors", "Metrics", "Evidence", "Evaluations", "Bids", "Decisions", "Tokens"]) {
    await expect(page.locator(`#operations-tag-${tag}`)).toBeVisible();
  }
  await expect(page.getByText("Create a vendor", { exact: true })).toBeVisible();
  await expect(page.getByText("Read the results with 2,000 Monte Carlo iterations", { exact: false })).toBeVisible();
  // An operation opens with its parameters and the schema of its answer.
  await page.getByRole("button", { name: "GET /evaluations/{id} Read an evaluation with its scope" }).click();
  await expect(page.getByText("The evaluation's id", { exact: true })).toBeVisible();
  await expect(page.getByText("Roles: ADMIN, ANALYST, PROCUREMENT, EXECUTIVE", { exact: false }).first()).toBeVisible();
  await page.locator("#operations-Evaluations-getEvaluation").screenshot({ path: test.info().outputPath("api-reference-operation.png") });
  expect(foreign).toEqual([]);
});

test("the reference page's assets come from the app, and an unknown asset is 404", async ({ request }) => {
  const bundle = await request.get("/api/docs/assets/swagger-ui-bundle.js");
  expect(bundle.status()).toBe(200);
  expect(bundle.headers()["content-type"]).toContain("javascript");
  expect((await request.get("/api/docs/assets/swagger-ui.css")).headers()["content-type"]).toContain("text/css");
  expect((await request.get("/api/docs/assets/..%2Fpackage.json")).status()).toBe(404);
  expect((await request.get("/api/docs/assets/index.html")).status()).toBe(404);
});
