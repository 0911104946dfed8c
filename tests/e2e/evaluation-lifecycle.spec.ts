import { expect, test, type Page } from "./fixtures";
import { parse } from "csv-parse/sync";
import { signIn } from "./sign-in";

/** The bid labels of the ranking table, top to bottom. */
function rankingOrder(page: Page) {
  return page.getByRole("region", { name: "Ranking" }).locator("tbody tr[data-bid-label]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-bid-label")));
}

/** Fills a function's baseline on the evaluation form (likely values only). */
async function fillBaseline(page: Page, fn: string, values: Record<string, string>) {
  const group = page.getByRole("group", { name: fn, exact: true });
  for (const [field, value] of Object.entries(values)) await group.getByRole("group", { name: field, exact: true }).getByLabel("Likely").fill(value);
}

async function addBid(page: Page, evaluationUrl: string, vendor: string, label: string, ratePerUnit: string) {
  await page.goto(`${evaluationUrl}/bids`);
  await page.getByRole("link", { name: "Add bid" }).click();
  const vendorSelect = page.getByLabel("Vendor", { exact: true });
  await vendorSelect.selectOption((await vendorSelect.locator("option", { hasText: vendor }).getAttribute("value"))!);
  // The vendor's used metrics are shown beside each commitment as soon as it is chosen.
  await expect(page.getByText(/^Used \d/).first()).toBeVisible();
  await page.getByLabel("Label").fill(label);
  for (const fn of ["Medical coding", "Complex claims / denials"]) await page.getByRole("group", { name: fn, exact: true }).getByRole("group", { name: "Rate per unit" }).getByLabel("Likely").fill(ratePerUnit);
  await page.getByRole("button", { name: "Add bid" }).click();
  await expect(page.getByRole("heading", { name: "Bids" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Edit ${label}` })).toBeVisible();
}

test("procurement runs an evaluation from draft to decision, the executive approves, the report and the CSV show it", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const name = `Coding and denials ${Date.now()}`;
  await signIn(page, "procurement@medcentral.example");
  await page.goto("/evaluations");
  await page.getByRole("link", { name: "New evaluation" }).click();
  await page.getByRole("button", { name: /Medical coding/ }).click();
  // The matrix's recommendation and rationale appear as a function is picked.
  await expect(page.getByRole("group", { name: "Medical coding", exact: true }).getByText(/^Recommends specialized\./)).toBeVisible();
  await page.getByRole("button", { name: /Complex claims \/ denials/ }).click();
  await expect(page.getByRole("button", { name: /Complex claims \/ denials/ })).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByText("Enter the monthly volume.").first()).toBeVisible();
  await fillBaseline(page, "Medical coding", { "Volume per month": "10000", "Revenue per unit": "180", "Today's cost per month": "90000", "Today's coding accuracy": "85", "Today's first-pass rate": "72" });
  await fillBaseline(page, "Complex claims / denials", { "Volume per month": "2000", "Revenue per unit": "1500", "Today's cost per month": "40000", "Today's coding accuracy": "90", "Today's first-pass rate": "70" });
  await page.getByLabel("Cost to work one denial: low (USD per denial)").fill("43.84");
  await page.getByLabel("Cost to work one denial: high (USD per denial)").fill("118");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const evaluationUrl = page.url().replace(/\?.*$/, "");

  await page.getByRole("link", { name: "Decision and history" }).click();
  await page.getByRole("button", { name: "Open for bids" }).click();
  await expect(page.getByText(/^Open for bids\. Procurement records/)).toBeVisible();

  await addBid(page, evaluationUrl, "Caduceus Revenue Partners", "Specialist offer", "7");
  await addBid(page, evaluationUrl, "Globalis Process Partners", "Generalist offer", "4");
  await addBid(page, evaluationUrl, "Synapse Health Automation", "AI-hybrid offer", "5");

  await page.goto(evaluationUrl);
  await expect.poll(async () => (await rankingOrder(page)).length).toBe(3);
  const order = await rankingOrder(page);
  expect([...order].sort()).toEqual(["AI-hybrid offer", "Generalist offer", "Specialist offer"]);

  await page.getByRole("link", { name: "Decision and history" }).click();
  const chosen = page.getByLabel("Chosen bid");
  await chosen.selectOption({ label: (await chosen.locator("option").nth(1).textContent())! });
  const chosenLabel = (await chosen.locator("option:checked").textContent())!;
  await page.getByLabel("Rationale").fill("Too short");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText(/Write at least 20 characters/)).toBeVisible();
  await page.getByLabel("Rationale").fill("The leader on coding accuracy and TCO per unit, with audited figures behind it.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText(/awaits the Executive's approval/)).toBeVisible();
  expect(chosenLabel).toContain(order[0]);

  const executive = await (await browser.newContext()).newPage();
  await signIn(executive, "cfo@medcentral.example");
  await executive.goto(`${evaluationUrl}/decision`);
  await expect(executive.getByRole("button", { name: "Record decision" })).toHaveCount(0);
  await executive.getByLabel("Comment").fill("Approved for the board pack.");
  await executive.getByRole("button", { name: "Approve decision" }).click();
  await expect(executive.getByText(/^Approved\. The evaluation is read-only/)).toBeVisible();
  await expect(executive.getByText("Approved the decision")).toBeVisible();

  await executive.goto(`${evaluationUrl}/report`);
  const report = executive.getByRole("article");
  await expect(report.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(report.getByText("The leader on coding accuracy and TCO per unit, with audited figures behind it.")).toBeVisible();
  await expect(report.getByText(/^Approved by Elena Ortiz/)).toBeVisible();
  await expect(report.getByTestId("report-stamp")).toContainText(/model version \d/);
  await expect(report.getByTestId("report-stamp")).toContainText("figures as decided on");

  const download = await executive.request.get(`${evaluationUrl}/comparison.csv`);
  expect(download.status()).toBe(200);
  const rows: string[][] = parse(await download.text(), { bom: true });
  expect(rows[0].slice(0, 3)).toEqual(["Rank", "Bid", "Vendor"]);
  expect(rows.slice(1).map((r) => r[1]).sort()).toEqual(["AI-hybrid offer", "Generalist offer", "Specialist offer"]);
  expect(rows[1][1]).toBe(order[0]);
});
