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
    // A path that matches no route: Next answers with the not-found page and a 404.
    return NextResponse.rewrite(new URL("/_invalid-path", request.url));
  }
  return NextResponse.next();
}

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
