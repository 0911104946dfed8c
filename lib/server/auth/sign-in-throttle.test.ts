import { describe, expect, it } from "vitest";
import {
  MAX_FAILURES_PER_CLIENT,
  MAX_FAILURES_PER_EMAIL,
  WINDOW_MS,
  recordSignInFailure,
  recordSignInSuccess,
  signInRetryAfterMs,
} from "@/lib/server/auth/sign-in-throttle";

describe("sign-in throttle", () => {
  it("blocks an account after its allowed failures, until the window has passed", () => {
    const t0 = 1_000_000;
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect(signInRetryAfterMs("a@x.example", "1.1.1.1", t0 + i)).toBe(0);
      recordSignInFailure("A@x.example", `10.0.0.${i}`, t0 + i);
    }
    // From any address: the account itself is protected.
    expect(signInRetryAfterMs("a@x.example", "9.9.9.9", t0 + 10)).toBe(WINDOW_MS - 10);
    expect(signInRetryAfterMs("a@x.example", "9.9.9.9", t0 + WINDOW_MS + 1)).toBe(0);
  });

  it("blocks a client address that sprays many accounts", () => {
    const t0 = 5_000_000;
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) recordSignInFailure(`user${i}@spray.example`, "6.6.6.6", t0);
    expect(signInRetryAfterMs("fresh@spray.example", "6.6.6.6", t0 + 1)).toBeGreaterThan(0);
    expect(signInRetryAfterMs("fresh@spray.example", "7.7.7.7", t0 + 1)).toBe(0);
  });

  it("clears an account's failures on a successful sign-in", () => {
    const t0 = 9_000_000;
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) recordSignInFailure("b@x.example", `10.1.0.${i}`, t0);
    expect(signInRetryAfterMs("b@x.example", "10.2.0.1", t0 + 1)).toBeGreaterThan(0);
    recordSignInSuccess("b@x.example");
    expect(signInRetryAfterMs("b@x.example", "10.2.0.1", t0 + 1)).toBe(0);
  });
});
