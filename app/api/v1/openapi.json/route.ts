import { NextResponse } from "next/server";
import { publicApiRoute } from "@/lib/server/api/api-route";
import { buildOpenApiDocument } from "@/lib/server/api/openapi/openapi-document";

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

/** GET /api/v1/openapi.json — the API's OpenAPI 3.1 document, generated from its zod schemas; open without sign-in. */
export const GET = publicApiRoute(async () => {
  cached ??= buildOpenApiDocument();
  return NextResponse.json(cached);
});
