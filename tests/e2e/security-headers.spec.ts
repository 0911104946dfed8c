import { expect, test } from "@playwright/test";

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
