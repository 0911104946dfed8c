import { apiRoute } from "@/lib/server/api/api-route";
import { getDb } from "@/lib/server/db/client";
import { revokeApiToken } from "@/lib/server/mutations/api-tokens";

type Params = { id: string };

/** DELETE /api/v1/tokens/{id} — revokes the token at once; another organisation's token is 404. */
export const DELETE = apiRoute<Params>({ permission: "manage:tokens" }, async ({ auth, params }) => {
  await revokeApiToken(await getDb(), auth, params.id);
  return new Response(null, { status: 204 });
});
