import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** Where the reference page loads Swagger UI from: the app itself, never a CDN. */
export const SWAGGER_UI_ASSETS = {
  stylesheet: "/api/docs/assets/swagger-ui.css",
  bundle: "/api/docs/assets/swagger-ui-bundle.js",
  initializer: "/api/docs/assets/initializer.js",
} as const;

// No validator badge (it would load an image from swagger.io) and no "Try it out" proxy: the
// page talks to this origin only.
const INITIALIZER = `window.ui = SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  tryItOutEnabled: false,
});
`;

const FILES: Record<string, { file?: string; text?: string; type: string }> = {
  "swagger-ui.css": { file: "swagger-ui.css", type: "text/css; charset=utf-8" },
  "swagger-ui-bundle.js": { file: "swagger-ui-bundle.js", type: "text/javascript; charset=utf-8" },
  "initializer.js": { text: INITIALIZER, type: "text/javascript; charset=utf-8" },
};

/** One of the page's assets by file name, or null for any other name (no path is ever built from the request). */
export async function readSwaggerUiAsset(name: string): Promise<{ body: string; type: string } | null> {
  const asset = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
  if (!asset) return null;
  if (asset.text !== undefined) return { body: asset.text, type: asset.type };
  const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", asset.file!), "utf8");
  return { body, type: asset.type };
}
