import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

test("every response carries its request id", async ({ request }) => {
  const ids = new Set<string>();
  for (const path of ["/sign-in", "/api/v1/vendors", "/vendors/%00"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const id = response.headers()["x-request-id"];
    expect(id, path).toMatch(/^[0-9a-f-]{36}$/);
    ids.add(id);
  }
  expect(ids.size).toBe(3);
});

test("the session cookie is HttpOnly, SameSite=Lax and for the whole site", async ({ page, context }) => {
  await signIn(page, "analyst@medcentral.example");
  const session = (await context.cookies()).find((cookie) => cookie.name === "bpo_session");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  // It lives no longer than the absolute session lifetime (7 days).
  expect(session!.expires * 1000).toBeLessThanOrEqual(Date.now() + 7 * 24 * 3_600_000 + 60_000);
  expect(session!.expires * 1000).toBeGreaterThan(Date.now() + 6 * 24 * 3_600_000);
});
