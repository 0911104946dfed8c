/**
 * The Content-Security-Policy of a page, with this response's nonce. Next puts the nonce on
 * its own scripts when it finds it in the request's CSP header (see proxy.ts), and with
 * 'strict-dynamic' only those scripts, and what they load, run: no inline script, no eval.
 * Style attributes stay allowed (style-src-attr): React and the charts set them, and a style
 * attribute cannot run code. Development needs eval for React's error overlay.
 */
export function pageContentSecurityPolicy(nonce: string, { development = false, https = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** JSON and files are never run as a page: nothing may load, nobody may frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Two years, subdomains included: the browser never again tries plain http for this host. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
