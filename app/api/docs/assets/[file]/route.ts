import type { NextRequest } from "next/server";
import { readSwaggerUiAsset } from "@/lib/server/api/openapi/swagger-ui-assets";

/** GET /api/docs/assets/{file} — Swagger UI's script and styles from node_modules/swagger-ui-dist, for the reference page. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const asset = await readSwaggerUiAsset((await params).file);
  if (!asset) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(asset.body, { headers: { "content-type": asset.type, "x-content-type-options": "nosniff" } });
}
