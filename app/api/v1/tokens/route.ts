import { NextResponse } from "next/server";
import { validationError } from "@/lib/server/api/api-error";
import { apiTokenJson } from "@/lib/server/api/api-token-json";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { getDb } from "@/lib/server/db/client";
import { createApiToken } from "@/lib/server/mutations/api-tokens";
import { listApiTokens } from "@/lib/server/queries/settings";
import { ApiTokenCreateSchema } from "@/lib/schemas/api-token";

/** GET /api/v1/tokens — the organisation's named tokens (Admin). A handful per organisation: one page. */
export const GET = apiRoute({ permission: "manage:tokens" }, async ({ auth }) => {
  const tokens = await listApiTokens(auth.organizationId);
  return NextResponse.json({ data: tokens.map(apiTokenJson), nextCursor: null });
});

/** POST /api/v1/tokens — a named token; its value is in this answer only. */
export const POST = apiRoute({ permission: "manage:tokens" }, async ({ request, auth }) => {
  const parsed = ApiTokenCreateSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const created = await createApiToken(await getDb(), auth, parsed.data);
  return NextResponse.json(
    { id: created.id, name: created.name, role: created.role, token: created.token, expiresAt: created.expiresAt.toISOString() },
    { status: 201, headers: { location: `/api/v1/tokens/${created.id}` } },
  );
});
