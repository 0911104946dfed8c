import { expect, test, type Page } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { MEDCENTRAL_EVALUATION_NAME } from "../../prisma/demo/medcentral-evaluation";
import { signIn } from "./sign-in";

async function openDemoEvaluation(page: Page): Promise<string> {
  await page.goto("/evaluations");
  await page.getByRole("link", { name: MEDCENTRAL_EVALUATION_NAME, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: MEDCENTRAL_EVALUATION_NAME })).toBeVisible();
  return page.url();
}

/** The bid labels of the ranking table, top to bottom (qualified bids first). */
function rankingOrder(page: Page) {
  return page.getByRole("region", { name: "Ranking" }).locator("tbody tr[data-bid-label]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-bid-label")));
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("procurement moves a weight, the ranking changes at once, and the saved weights come back after a reload", async ({ page }) => {
  await signIn(page, "procurement@medcentral.example");
  await openDemoEvaluation(page);
  // Work on a copy: the demo evaluation stays as it is for everyone else.
  await page.getByRole("button", { name: "Duplicate as a new draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${MEDCENTRAL_EVALUATION_NAME} (copy)` })).toBeVisible();
  const copyUrl = page.url();
  expect((await rankingOrder(page))[0]).toBe("Specialized RCM partner");

  const certified = page.getByLabel("Certified staff share (CPC, RHIT, CCS, RN) weight in percent");
  await certified.fill("80");
  await expect.poll(async () => (await rankingOrder(page))[0]).toBe("Coding boutique (coding only)");
  await expect(page.getByText("Ranked with unsaved weights")).toBeVisible();
  const weightsTotal = await page.getByRole("group", { name: /Criterion weights/ }).getByText(/^\d+%$/).last().textContent();
  expect(weightsTotal).toBe("100%");

  // Unsaved weights are in the link: another tab opened on it shows the same ranking.
  await expect(page).toHaveURL(/[?&]w=/);
  const shared = await page.context().newPage();
  await shared.goto(page.url());
  await expect.poll(async () => (await rankingOrder(shared))[0]).toBe("Coding boutique (coding only)");
  await shared.close();

  await page.getByRole("button", { name: "Save weights" }).click();
  await expect(page.getByText("Weights saved.")).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]w=/);

  await page.goto(copyUrl);
  await expect(page.getByLabel("Certified staff share (CPC, RHIT, CCS, RN) weight in percent")).toHaveValue("80");
  expect((await rankingOrder(page))[0]).toBe("Coding boutique (coding only)");
  await expect(page.getByRole("button", { name: "Save weights" })).toBeDisabled();

  // Reset returns to the saved weights after further exploring.
  await page.getByLabel("Coding accuracy weight in percent").fill("70");
  await page.getByRole("button", { name: "Reset to saved" }).click();
  await expect(page.getByLabel("Certified staff share (CPC, RHIT, CCS, RN) weight in percent")).toHaveValue("80");
});

test("the executive explores weights but has no save or duplicate control; the overview explains gates, fit and data", async ({ page }) => {
  await signIn(page, "cfo@medcentral.example");
  await openDemoEvaluation(page);
  await expect(page.getByRole("button", { name: "Save weights" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Duplicate as a new draft" })).toHaveCount(0);
  await expect(page.getByLabel("Coding accuracy weight in percent")).toBeEnabled();

  const ranking = page.getByRole("region", { name: "Ranking" });
  await expect(ranking.getByText("Fails the PHI gate: no current SOC 2 Type II report at Documented or Verified level.")).toBeVisible();
  expect((await rankingOrder(page)).at(-1)).toBe("Autonomous automation");
  await expect(page.getByText(/Specialized RCM partner stays first while Coding accuracy weighs at most \d+%\./)).toBeVisible();
  await expect(page.getByText(/Covers 1 of 3 functions in scope/)).toBeVisible();
  await expect(page.getByText(/Coding accuracy rests only on the vendor's claim: claimed [\d.]+%, used [\d.]+% after the 25\.0% claim haircut\./)).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the executive reads the TCO view: payback within the first quarter, P10 and P90, and the data tables", async ({ page }) => {
  // 10,000 Monte Carlo iterations on a shared two-core machine: allow for a slow worker.
  test.setTimeout(90_000);
  await signIn(page, "cfo@medcentral.example");
  await openDemoEvaluation(page);
  await page.getByRole("link", { name: "TCO and uncertainty" }).click();
  await expect(page).toHaveURL(/\/tco/);

  const specialized = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Specialized RCM partner" }) });
  const headline = specialized.getByText(/^Net revenue realization/);
  const month = Number((await headline.textContent())?.match(/pays back in month (\d+)/)?.[1]);
  expect(month).toBeGreaterThanOrEqual(1);
  expect(month).toBeLessThanOrEqual(3);

  await expect(page.getByText(/Uncertainty from 10,000 Monte Carlo iterations/)).toBeVisible({ timeout: 30_000 });
  await expect(headline).toHaveText(/\(P10 [\d.]+% – P90 [\d.]+%\)/);
  await expect(specialized.getByText("TCO P10 – P90")).toBeVisible();

  await page.getByText("Data table: Total cost of ownership by component").click();
  const table = page.getByRole("table", { name: "TCO over the term by component, USD" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Specialized RCM partner" })).toBeVisible();
  await expect(table.getByRole("row", { name: /Today's arrangement/ })).toContainText("$");

  await page.getByText("Data table: Probability of the lowest TCO").click();
  await expect(page.getByRole("table", { name: "Probability of the lowest TCO among qualified bids" }).getByRole("row", { name: /Autonomous automation/ })).toContainText("disqualified");

  // The selected bid is in the URL: the tornado follows it.
  await page.getByLabel("Bid shown in detail (band and drivers)").selectOption({ label: "AI-hybrid, human in the loop" });
  await expect(page).toHaveURL(/[?&]bid=/);
  await expect(page.getByRole("heading", { name: "What drives the cost of AI-hybrid, human in the loop" })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("a failed Monte Carlo run shows an error with a retry, never an empty chart, and the retry brings the figures", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "procurement@medcentral.example");
  let failures = 1;
  await page.route(/\/api\/v1\/evaluations\/[^/]+\/results\?monteCarlo=/, async (route) => {
    if (failures-- > 0) return route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "busy", message: "The Monte Carlo queue is full; try again in a few seconds." } }) });
    return route.continue();
  });
  await openDemoEvaluation(page);
  await page.getByRole("link", { name: "TCO and uncertainty" }).click();
  // The most likely figures are there at once; the uncertainty says what went wrong.
  await expect(page.getByRole("heading", { name: "Total cost of ownership by component" })).toBeVisible();
  await expect(page.getByText("The uncertainty analysis failed: The Monte Carlo queue is full; try again in a few seconds.").first()).toBeVisible();
  await expect(page.getByText("The P10–P90 band is unavailable: the uncertainty analysis failed.")).toBeVisible();
  await page.getByRole("button", { name: "Retry" }).first().click();
  await expect(page.getByText(/Uncertainty from 10,000 Monte Carlo iterations/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("button", { name: "Retry" })).toHaveCount(0);
});

test("an evaluation without bids says so and what today's arrangement costs", async ({ page }) => {
  await signIn(page, "cfo@medcentral.example");
  await page.goto("/evaluations");
  await page.getByRole("link", { name: "Front office: prior authorization and eligibility" }).click();
  await expect(page.getByText(/^No bids yet\. .*costs \$[\d,]+ over the 24-month term/)).toBeVisible();
  await page.getByRole("link", { name: "TCO and uncertainty" }).click();
  await expect(page.getByText(/^No bids yet\./)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Total cost of ownership by component" })).toHaveCount(0);
});
