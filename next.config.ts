import type { NextConfig } from "next";

// Sent with every response. No CSP yet: Next's inline bootstrap scripts need a nonce set-up.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // PGlite loads its .wasm from its own package folder; bundling it breaks that lookup.
  // @react-pdf/renderer renders the decision report's PDF in Node: loaded as is, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "@react-pdf/renderer"],
  poweredByHeader: false,
  experimental: {
    // proxy.ts runs on every request, and Next then buffers a request body only up to this
    // size (10 MB by default) and silently cuts the rest. A CSV import may be 20 MB
    // (lib/server/imports/csv-records.ts); its route answers 413 above that itself.
    proxyClientMaxBodySize: "21mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
