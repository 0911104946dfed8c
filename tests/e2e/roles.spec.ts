import { expect, test } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_USERS } from "../../prisma/demo/demo-users";
import { MEDCENTRAL_EVALUATION_NAME } from "../../prisma/demo/medcentral-evaluation";
import { signIn } from "./sign-in";

const medcentral = DEMO_USERS.filter((user) => user.organizationSlug === "medcentral");

for (const user of medcentral) {
  test(`${user.role.toLowerCase()} signs in and sees their organisation's home`, async ({ page }) => {
    await signIn(page, user.email);
    await expect(page.getByTestId("organization-name")).toHaveText("MedCentral Health");
    await expect(page.getByTestId("signed-in-user")).toContainText(user.name);
    await expect(page.getByRole("heading", { name: "Open evaluations" })).toBeVisible();
    // Exact: other journeys add copies of the demo evaluation, named "… (copy)".
    await expect(page.getByRole("region", { name: "Open evaluations" }).getByRole("link", { name: MEDCENTRAL_EVALUATION_NAME, exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Evidence expiring soon" })).toBeVisible();

    const nav = page.getByRole("navigation", { name: "Main" });
    for (const label of ["Home", "Vendors", "Evaluations", "Methodology"]) {
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    }
    await expect(nav.getByRole("link", { name: "Settings" })).toHaveCount(user.role === "ADMIN" ? 1 : 0);
  });
}

test("every page of the shell opens without an error for the admin", async ({ page }) => {
  await signIn(page, "admin@medcentral.example");
  for (const [label, heading] of [
    ["Vendors", "Vendors"],
    ["Evaluations", "Evaluations"],
    ["Methodology", "Methodology"],
    ["Settings", "Settings"],
  ]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
  await page.getByRole("link", { name: "Evaluations" }).click();
  await page.locator("tbody").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Scope and today's baseline" })).toBeVisible();
});

test("the home page has no detectable accessibility violations and a working skip link", async ({ page }) => {
  await signIn(page, "analyst@medcentral.example");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "procurement@medcentral.example");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/vendors");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("wrong credentials get one message that does not say which part was wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByText("Demo data is in use")).toBeVisible();
  await page.getByLabel("Email").fill("cfo@medcentral.example");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("cfo@medcentral.example");
  await expect(page).toHaveURL(/\/sign-in$/);
});
