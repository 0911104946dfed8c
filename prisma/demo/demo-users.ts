import type { Role } from "@/lib/generated/prisma/enums";

/** Every demo account's password. Published on purpose: the sign-in page offers it while demo data is in use. */
export const DEMO_PASSWORD = "medcentral-demo";

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** Slug of the organisation the account belongs to. */
  organizationSlug: "medcentral" | "lakeside";
}

/** The demo accounts, MedCentral's first (the sign-in page and the e2e tests use them). */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@medcentral.example", name: "Dana Whitfield", role: "ADMIN", organizationSlug: "medcentral" },
  { email: "analyst@medcentral.example", name: "Priya Raman", role: "ANALYST", organizationSlug: "medcentral" },
  { email: "procurement@medcentral.example", name: "Marcus Bell", role: "PROCUREMENT", organizationSlug: "medcentral" },
  { email: "cfo@medcentral.example", name: "Elena Ortiz", role: "EXECUTIVE", organizationSlug: "medcentral" },
  { email: "admin@lakeside.example", name: "Tom Lindqvist", role: "ADMIN", organizationSlug: "lakeside" },
  { email: "analyst@lakeside.example", name: "Grace Okafor", role: "ANALYST", organizationSlug: "lakeside" },
  { email: "procurement@lakeside.example", name: "Sam Adeyemi", role: "PROCUREMENT", organizationSlug: "lakeside" },
  { email: "cfo@lakeside.example", name: "Ruth Castellano", role: "EXECUTIVE", organizationSlug: "lakeside" },
];
