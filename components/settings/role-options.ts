import { Role } from "@/lib/generated/prisma/enums";
import { formatCode } from "@/lib/format";

/** What each role may do, in the words of PRODUCT.md, for the role choosers. */
const ROLE_HINTS: Record<Role, string> = {
  ADMIN: "users, defaults, tokens, and everything else",
  ANALYST: "keeps the vendor registry",
  PROCUREMENT: "runs evaluations and records decisions",
  EXECUTIVE: "reads everything, approves or returns decisions",
};

export const ROLE_OPTIONS = Object.values(Role).map((role) => ({ value: role, label: `${formatCode(role)} — ${ROLE_HINTS[role]}` }));
