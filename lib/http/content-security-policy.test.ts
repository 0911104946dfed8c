import { describe, expect, it } from "vitest";
import { pageContentSecurityPolicy } from "@/lib/http/content-security-policy";

const directives = (policy: string) => Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("the pages' Content-Security-Policy", () => {
  it("in production: scripts only with the nonce, no inline script or eval, no framing", () => {
    const policy = directives(pageContentSecurityPolicy("abc123"));
    expect(policy["script-src"]).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy["style-src"]).toBe("'self' 'nonce-abc123'");
    expect(policy["frame-ancestors"]).toBe("'none'");
    expect(policy["object-src"]).toBe("'none'");
    expect(policy["base-uri"]).toBe("'none'");
    expect(policy).not.toHaveProperty("upgrade-insecure-requests");
  });

  it("in development React needs eval; over https insecure requests are upgraded", () => {
    expect(directives(pageContentSecurityPolicy("n", { development: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(directives(pageContentSecurityPolicy("n", { https: true }))).toHaveProperty("upgrade-insecure-requests");
  });
});
