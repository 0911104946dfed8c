import { defineConfig } from "prisma/config";

// Read DATABASE_URL directly: prisma's env() throws when it is unset, and the embedded
// mode runs with no URL at all.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
