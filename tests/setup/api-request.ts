import { NextRequest } from "next/server";

interface RequestOptions {
  method?: string;
  body?: unknown;
  /** A raw body, sent as is (for malformed JSON). */
  rawBody?: string;
  token?: string;
  cookie?: string;
}

/** A NextRequest as a client would send it to a route handler. */
export function apiRequest(path: string, { method = "GET", body, rawBody, token, cookie }: RequestOptions = {}): NextRequest {
  const headers = new Headers();
  if (body !== undefined || rawBody !== undefined) headers.set("content-type", "application/json");
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (cookie) headers.set("cookie", cookie);
  return new NextRequest(new URL(path, "http://localhost"), {
    method,
    headers,
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
}

export function routeParams<P>(params: P): { params: Promise<P> } {
  return { params: Promise.resolve(params) };
}

/** A CSV upload, as the import page and API clients send it: the file as the body, text/csv. */
export function csvRequest(path: string, { csv, token, contentType = "text/csv" }: { csv: string | Uint8Array<ArrayBuffer>; token?: string; contentType?: string }): NextRequest {
  const headers = new Headers({ "content-type": contentType });
  if (token) headers.set("authorization", `Bearer ${token}`);
  return new NextRequest(new URL(path, "http://localhost"), { method: "POST", headers, body: csv });
}
