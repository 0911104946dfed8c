import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/server/env";
import { sessionCookieName, sessionCookieOptions } from "@/lib/server/auth/session-cookie";

describe("the session cookie", () => {
  const expires = new Date("2026-12-01T00:00:00Z");

  it("over https (APP_ORIGIN): __Host- prefixed, Secure, HttpOnly, SameSite=Lax, whole site", () => {
    expect(sessionCookieName("https://bpo.example.org")).toBe("__Host-bpo_session");
    expect(sessionCookieOptions(expires, "https://bpo.example.org")).toEqual({ httpOnly: true, sameSite: "lax", secure: true, path: "/", expires });
  });

  it("over plain http (development) or with no origin set: the plain name, not Secure (a browser would drop it)", () => {
    for (const origin of ["http://localhost:3000", null]) {
      expect(sessionCookieName(origin)).toBe("bpo_session");
      expect(sessionCookieOptions(expires, origin)).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false, path: "/" });
    }
  });

  it("APP_ORIGIN must be an origin; it is stored without a trailing slash", () => {
    expect(parseEnv({ APP_ORIGIN: "https://bpo.example.org/" }).APP_ORIGIN).toBe("https://bpo.example.org");
    expect(parseEnv({ APP_ORIGIN: "https://bpo.example.org:8443" }).APP_ORIGIN).toBe("https://bpo.example.org:8443");
    for (const bad of ["bpo.example.org", "https://bpo.example.org/app", "ftp://bpo.example.org", "https://bpo.example.org/?x=1"]) {
      expect(() => parseEnv({ APP_ORIGIN: bad }), bad).toThrow(/APP_ORIGIN: must be an origin/);
    }
  });

  it("session lifetimes default to 12 hours idle and 7 days in all, and must be positive", () => {
    expect(parseEnv({})).toMatchObject({ SESSION_IDLE_HOURS: 12, SESSION_MAX_DAYS: 7 });
    expect(parseEnv({ SESSION_IDLE_HOURS: "0.5", SESSION_MAX_DAYS: "1" })).toMatchObject({ SESSION_IDLE_HOURS: 0.5, SESSION_MAX_DAYS: 1 });
    expect(() => parseEnv({ SESSION_IDLE_HOURS: "0" })).toThrow(/SESSION_IDLE_HOURS/);
  });
});
