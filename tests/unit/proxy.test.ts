import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

afterEach(() => vi.unstubAllEnvs());

describe("proxy headers", () => {
  it("sends HSTS only when APP_ORIGIN is https", () => {
    vi.stubEnv("APP_ORIGIN", "https://bpo.example.org");
    const secure = proxy(new NextRequest("https://bpo.example.org/vendors"));
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    vi.stubEnv("APP_ORIGIN", "");
    expect(proxy(new NextRequest("http://localhost:3000/vendors")).headers.get("strict-transport-security")).toBeNull();
  });

  it("hands the page's nonce to Next in the request and to the browser in the response", () => {
    const response = proxy(new NextRequest("http://localhost:3000/vendors"));
    const policy = response.headers.get("content-security-policy")!;
    // NextResponse.next({ request: { headers } }) passes request headers on as x-middleware-request-*.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("gives the API reference page a page's policy with a nonce, and API answers and the page's assets the no-load policy", () => {
    const page = proxy(new NextRequest("http://localhost:3000/api/docs")).headers.get("content-security-policy")!;
    expect(page).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    for (const path of ["/api/v1/openapi.json", "/api/docs/assets/swagger-ui-bundle.js", "/api/docsx"]) {
      expect(proxy(new NextRequest(`http://localhost:3000${path}`)).headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });
});
