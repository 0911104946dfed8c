import { describe, expect, it } from "vitest";
import { clientAddressOf, parseTrustedProxies } from "@/lib/server/http/client-address";
import { parseEnv } from "@/lib/server/env";

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddressOf("203.0.113.7", "1.2.3.4", null)).toBe("203.0.113.7");
    expect(clientAddressOf("::ffff:203.0.113.7", undefined, null)).toBe("203.0.113.7");
    const trusted = parseTrustedProxies("10.0.0.0/8");
    expect(clientAddressOf("203.0.113.7", "1.2.3.4", trusted)).toBe("203.0.113.7");
  });

  it("behind trusted proxies is the first hop from the right that is not one of them", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 127.0.0.1, ::1");
    expect(clientAddressOf("10.0.0.5", "198.51.100.9", trusted)).toBe("198.51.100.9");
    // The client wrote the left part itself; the proxies appended the right part.
    expect(clientAddressOf("::ffff:127.0.0.1", "6.6.6.6, 198.51.100.9, 10.1.2.3", trusted)).toBe("198.51.100.9");
    expect(clientAddressOf("::1", ["6.6.6.6", "198.51.100.9"], trusted)).toBe("198.51.100.9");
    // Only proxies in the chain: the leftmost one is the best we know.
    expect(clientAddressOf("10.0.0.5", "10.0.0.9", trusted)).toBe("10.0.0.9");
    // A trusted proxy that sent no header: the proxy itself.
    expect(clientAddressOf("10.0.0.5", undefined, trusted)).toBe("10.0.0.5");
  });

  it("rotating X-Forwarded-For values from an untrusted peer all map to that peer", () => {
    const trusted = parseTrustedProxies("10.0.0.1");
    const seen = new Set(Array.from({ length: 100 }, (_, i) => clientAddressOf("203.0.113.7", `192.0.2.${i}`, trusted)));
    expect([...seen]).toEqual(["203.0.113.7"]);
  });

  it("TRUSTED_PROXIES is validated at boot, naming the bad entry", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toBeNull();
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8,::1" }).TRUSTED_PROXIES?.check("10.9.9.9")).toBe(true);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" })).toThrow(/TRUSTED_PROXIES: "proxy.internal" is not an IP address or CIDR range/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
});
