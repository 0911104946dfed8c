import "server-only";
import { ApiError } from "@/lib/server/api/api-error";
import { getEnv } from "@/lib/server/env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for cookie-signed API requests: a state-changing one must say it comes from
 * the app's own pages: an Origin (or, failing that, a Referer) equal to APP_ORIGIN. Browsers
 * send Origin on every cross-site POST, PATCH and DELETE, and a page cannot forge it. Without
 * APP_ORIGIN (development) the origin's host must be the request's own Host. Bearer-token
 * requests carry no ambient credential, so they are not checked; server actions have Next's
 * own origin check.
 */
export function assertSameOrigin(request: Request, appOrigin = getEnv().APP_ORIGIN): void {
  if (SAFE_METHODS.has(request.method)) return;
  const claimed = request.headers.get("origin") ?? originOf(request.headers.get("referer"));
  if (claimed && claimed !== "null" && isOwnOrigin(claimed, request, appOrigin)) return;
  throw new ApiError(
    403,
    "cross_origin_request",
    "A change signed by a session cookie must come from this app's own pages (Origin header). Scripts should send a bearer token instead.",
  );
}

function isOwnOrigin(claimed: string, request: Request, appOrigin: string | null): boolean {
  if (appOrigin) return claimed === appOrigin;
  const host = request.headers.get("host") ?? new URL(request.url).host;
  return originOf(claimed)?.replace(/^https?:\/\//, "") === host;
}

function originOf(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  return new URL(url).origin;
}
