import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { SWAGGER_UI_ASSETS } from "@/lib/server/api/openapi/swagger-ui-assets";

export const metadata: Metadata = { title: "API reference" };

/**
 * The API reference: Swagger UI over /api/v1/openapi.json, its script and styles served by
 * the app (app/api/docs/assets), so the page works offline and needs no CDN. The scripts carry
 * this response's CSP nonce (proxy.ts treats /api/docs as a page, not as an API answer).
 */
export default async function ApiDocsPage() {
  const nonce = (await headers()).get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
  return (
    <>
      <link rel="stylesheet" href={SWAGGER_UI_ASSETS.stylesheet} precedence="default" />
      <header className="border-b border-slate-200 bg-white px-6 py-3">
        <p className="text-sm text-slate-600">
          <Link className="font-medium text-blue-700 underline" href="/">
            BPO Evaluator
          </Link>{" "}
          · API reference · <a className="text-blue-700 underline" href="/api/v1/openapi.json">openapi.json</a>
        </p>
      </header>
      {/* Swagger UI owns this element's content: an empty inner HTML keeps React's hydration out of it. */}
      <main id="swagger-ui" className="bg-white" aria-label="API reference" dangerouslySetInnerHTML={{ __html: "" }} />
      {/* Deferred scripts run in document order: the bundle, then the initializer. */}
      <script src={SWAGGER_UI_ASSETS.bundle} nonce={nonce} defer />
      <script src={SWAGGER_UI_ASSETS.initializer} nonce={nonce} defer />
    </>
  );
}
