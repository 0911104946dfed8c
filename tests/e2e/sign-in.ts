import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo/demo-users";

/** Signs in through the form, as a person would, and waits for the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
}

/** The id of the first vendor in the signed-in user's list. */
export async function firstVendorId(page: Page): Promise<string> {
  await page.goto("/vendors");
  const href = await page.locator("tbody").getByRole("link").first().getAttribute("href");
  const id = href?.split("/").pop();
  if (!id) throw new Error("The vendor list has no vendor link.");
  return id;
}
