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
