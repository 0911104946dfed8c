import { expect, test } from "./fixtures";
import { signIn } from "./sign-in";

// Two people signed in and three saves: more than the default 30 s on a loaded machine.
test.describe.configure({ timeout: 120_000 });

const departure = "Buyer-side cost per vendor staff departure";

test("the admin sets a default with its source, a new evaluation starts from it, and 'Reset to MODEL.md defaults' undoes it", async ({ page, browser }) => {
  await signIn(page, "admin@medcentral.example");
  await page.goto("/settings/defaults");
  await expect(page.getByText("Every default is MODEL.md's.")).toBeVisible();

  // A new figure without a source is refused on the field; what was typed stays.
  await page.getByLabel(`${departure}: likely (USD per departure)`).fill("6500");
  await page.getByLabel(`${departure}: low (USD per departure)`).fill("4000");
  await page.getByLabel(`${departure}: high (USD per departure)`).fill("9000");
  await page.getByLabel("Coding accuracy").fill("25");
  await expect(page.getByText("Total: 105 % — the weights must total 100 %.")).toBeVisible();
  await page.getByRole("button", { name: "Save defaults" }).click();
  await expect(page.getByText("Say where this figure comes from: publisher and year, or your own analysis.")).toBeVisible();
  await expect(page.getByText("The weights must total 100 %.", { exact: true })).toBeVisible();
  await page.getByLabel("Coding accuracy").fill("20");
  await page.getByLabel(`${departure}: source`).fill("HR exit-cost study, 2026");
  await page.getByRole("button", { name: "Save defaults" }).click();
  await expect(page.getByText(/^Defaults saved\./)).toBeVisible();
  await expect(page.getByText("One of your defaults departs from MODEL.md's.")).toBeVisible();
  await expect(page.getByLabel(`${departure}: likely (USD per departure)`)).toHaveValue("6500");

  // Procurement's new evaluation is pre-filled with it, and says where it comes from.
  const context = await browser.newContext();
  const procurement = await context.newPage();
  await signIn(procurement, "procurement@medcentral.example");
  await procurement.goto("/evaluations/new");
  const row = procurement.getByRole("row", { name: new RegExp(departure) });
  await expect(row.getByLabel(`${departure}: likely (USD per departure)`)).toHaveValue("6500");
  await expect(row.getByLabel(`${departure}: low (USD per departure)`)).toHaveValue("4000");
  await expect(row).toContainText("Organisation default: HR exit-cost study, 2026");
  await context.close();

  await page.getByText("Reset to MODEL.md defaults…").click();
  await page.getByRole("button", { name: "Yes, reset to MODEL.md defaults" }).click();
  await expect(page.getByText(/^Every default is MODEL\.md's again\./)).toBeVisible();
  await expect(page.getByLabel(`${departure}: likely (USD per departure)`)).toHaveValue("5000");
  await expect(page.getByLabel(`${departure}: low (USD per departure)`)).toHaveValue("");
});

test("other roles cannot open the defaults page", async ({ page }) => {
  await signIn(page, "procurement@medcentral.example");
  const response = await page.goto("/settings/defaults");
  expect(response?.status()).toBe(404);
});
