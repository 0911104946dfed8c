import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";

const isoDateTime = z.iso.datetime({ offset: true });

/** POST /api/v1/auth/token: a bearer token for the signed-in user. */
export const SignInTokenResponseSchema = z.object({
  token: z.string().describe("Send as Authorization: Bearer <token>"),
  expiresAt: isoDateTime,
});

/** A named token as GET /api/v1/tokens lists it: never its value or hash. */
export const ApiTokenResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(Role).nullable().describe("The role the token acts with; null: its creator's"),
  prefix: z.string().describe("The token's first characters, to recognise it"),
  createdBy: z.object({ name: z.string(), email: z.string() }),
  createdAt: isoDateTime,
  expiresAt: isoDateTime.nullable(),
  lastUsedAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
export type ApiTokenResponse = z.infer<typeof ApiTokenResponseSchema>;

/** POST /api/v1/tokens: the new token; its value is in this answer only. */
export const ApiTokenCreatedResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(Role),
  token: z.string().describe("Shown once: store it now"),
  expiresAt: isoDateTime,
});
