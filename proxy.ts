import { NextResponse, type NextRequest } from "next/server";
import { API_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/http/content-security-policy";
import { hasControlCharacter } from "@/lib/schemas/text";

/**
 * Runs before every page, server action and route handler (Next 16's proxy, formerly
 * middleware):
 * - a path with a control character (say /vendors/%00) never reaches a query, where
 *   PostgreSQL could not even compare it;
 * - every response gets a Content-Security-Policy (pages: with a fresh nonce, which Next
 *   applies to its scripts), HSTS when APP_ORIGIN is https, and Cache-Control: no-store:
 *   pages, API answers and exports hold confidential prices and must not stay in caches.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = process.env.APP_ORIGIN?.startsWith("https:") ?? false;
  // The API reference (/api/docs) is a page that runs scripts; its assets are files like any API answer.
  const isApi = pathname.startsWith("/api/") && pathname !== API_REFERENCE_PAGE;
  let response: NextResponse;
  if (hasHostilePath(pathname)) {
    response = isApi ? NextResponse.json({ error: INVALID_PATH }, { status: 400 }) : new NextResponse(NOT_FOUND_PAGE, { status: 404, headers: { "content-type": "text/html; charset=utf-8" } });
    response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
  } else if (isApi) {
    response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
  } else {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    const policy = pageContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development", https });
    // Next reads the nonce from the request's CSP header while it renders.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("Content-Security-Policy", policy);
  }
  response.headers.set("Cache-Control", "no-store");
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

const API_REFERENCE_PAGE = "/api/docs";

const INVALID_PATH = { code: "validation_failed", message: "The path is invalid.", fields: { path: "Must not contain control characters." } };

// No page has such a path. (A rewrite to the not-found page would be proxied over HTTP by
// Next's custom-server mode: a plain page is enough for a hostile URL.)
const NOT_FOUND_PAGE =
  '<!doctype html><html lang="en"><title>Not found · BPO Evaluator</title><main><h1>Not found</h1><p>This page does not exist.</p><p><a href="/">Go to the home page</a></p></main></html>';

function hasHostilePath(pathname: string): boolean {
  try {
    return hasControlCharacter(decodeURIComponent(pathname));
  } catch {
    return true; // malformed percent-encoding
  }
}

export const config = {
  // Static build files are public and immutable; everything else passes through here.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
