import type { Permission } from "@/lib/server/permissions";

export interface NavItem {
  href: string;
  label: string;
  /** Shown only to roles with this permission (lib/server/permissions.ts); the page checks it again. */
  permission?: Permission;
}

/** The main navigation. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/vendors", label: "Vendors" },
  { href: "/evaluations", label: "Evaluations" },
  { href: "/methodology", label: "Methodology" },
  { href: "/audit", label: "Audit trail", permission: "read:audit" },
  { href: "/settings", label: "Settings", permission: "edit:settings" },
];
