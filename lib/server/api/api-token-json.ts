import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ApiTokenResponse } from "@/lib/schemas/api-token-response";

interface TokenRow {
  id: string;
  name: string;
  role: Role | null;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  user: { name: string; email: string };
}

/** A token as /api/v1/tokens shows it: never its value or hash. */
export function apiTokenJson(token: TokenRow): ApiTokenResponse {
  return {
    id: token.id,
    name: token.name,
    role: token.role,
    prefix: token.prefix,
    createdBy: { name: token.user.name, email: token.user.email },
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}
