import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its .wasm from its own package folder; bundling it breaks that lookup.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default nextConfig;
