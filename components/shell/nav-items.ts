import type { Role } from "@/lib/generated/prisma/enums";

export interface NavItem {
  href: string;
  label: string;
  roles?: readonly Role[];
}

/** The main navigation; items with roles are shown only to those roles (the server checks again). */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/vendors", label: "Vendors" },
  { href: "/evaluations", label: "Evaluations" },
  { href: "/methodology", label: "Methodology" },
  { href: "/settings", label: "Settings", roles: ["ADMIN"] },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}
