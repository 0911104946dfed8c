import { NextResponse, type NextRequest } from "next/server";
import { hasControlCharacter } from "@/lib/schemas/text";

/**
 * Runs before every page, server action and route handler (Next 16's proxy, formerly
 * middleware). Here: a path with a control character (say /vendors/%00) never reaches a
 * query, where PostgreSQL could not even compare it.
 */
export function proxy(request: NextRequest) {
  if (hasHostilePath(request.nextUrl.pathname)) {
    if (request.nextUrl.pathname.startsWith("/api/")) {
      const error = { code: "validation_failed", message: "The path is invalid.", fields: { path: "Must not contain control characters." } };
      return NextResponse.json({ error }, { status: 400 });
    }
    // No page has such a path. (A rewrite to the not-found page would be proxied over HTTP
    // by Next's custom-server mode: a plain page is enough for a hostile URL.)
    return new NextResponse(NOT_FOUND_PAGE, { status: 404, headers: { "content-type": "text/html; charset=utf-8" } });
  }
  return NextResponse.next();
}

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
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
